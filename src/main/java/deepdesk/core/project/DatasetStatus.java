package deepdesk.core.project;

/**
 * What became of a project's dataset since the project was saved.
 *
 * <p>Threading: immutable.
 */
public enum DatasetStatus {
    /** The file is where it was and holds the same data. */
    FOUND,
    /** No file is at the saved path any more; the user has to locate it. */
    MOVED,
    /** A file is at the saved path (or where the user located it) but its data differs. */
    CHANGED
}

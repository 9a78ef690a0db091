package deepdesk.core.prep;

/**
 * What a column is for when a model is built.
 *
 * <p>Threading: immutable.
 */
public enum ColumnRole {
    /** A feature the model reads. */
    INPUT,
    /** What the model predicts. */
    TARGET,
    /** Not used. */
    IGNORE
}

package deepdesk.core.project;

/**
 * A project file could not be read or written; the message says which file and why, in words
 * a user can act on (not a project, a newer format, corrupt content, an I/O failure).
 *
 * <p>Threading: immutable.
 */
public final class ProjectException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message for the user. */
    public ProjectException(String message) {
        super(message);
    }

    /** Creates the exception with a message for the user and its cause. */
    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}

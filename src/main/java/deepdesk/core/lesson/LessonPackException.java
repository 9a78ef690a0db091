package deepdesk.core.lesson;

/**
 * A lesson pack could not be read or written; the message names the file and the problem in
 * words a teacher can act on (not JSON, a newer format, an unknown lesson, an invalid question).
 *
 * <p>Threading: immutable.
 */
public final class LessonPackException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message for the user. */
    public LessonPackException(String message) {
        super(message);
    }

    /** Creates the exception with a message for the user and its cause. */
    public LessonPackException(String message, Throwable cause) {
        super(message, cause);
    }
}

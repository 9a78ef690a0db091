package deepdesk.core.common;

/**
 * Thrown by a long operation that stopped because its {@link ProgressListener} asked it to.
 *
 * <p>Threading: immutable.
 */
public final class CancelledException extends RuntimeException {

    /** Creates the exception. */
    public CancelledException() {
        super("cancelled", null, false, false);
    }
}

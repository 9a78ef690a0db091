package deepdesk.core.common;

/**
 * Receives progress of a long operation and tells it whether to stop.
 *
 * <p>Threading: called on the worker thread that does the work; implementations must be
 * thread-safe and cheap, because they may be called many times a second.
 */
public interface ProgressListener {

    /** A listener that ignores progress and never cancels. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Reports progress.
     *
     * @param fraction done so far, from 0 to 1, or a negative number when unknown
     * @param message  what is being done, for a person to read
     */
    void progress(double fraction, String message);

    /** Whether the caller has asked the operation to stop; checked between units of work. */
    boolean isCancelled();

    /** Throws {@link CancelledException} when {@link #isCancelled()} is true. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}

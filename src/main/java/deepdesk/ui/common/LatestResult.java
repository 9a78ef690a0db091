package deepdesk.ui.common;

import deepdesk.core.common.CancelledException;
import deepdesk.core.common.ProgressListener;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs one kind of background computation where only the newest request matters, such as the
 * statistics of the column the user has just selected. Submitting a new request cancels the
 * previous one and a stale result is dropped, never shown.
 *
 * <p>Threading: {@link #submit} and {@link #cancel} are called on the FX thread; the work runs on
 * the background executor; the callbacks run on the FX executor.
 *
 * @param <T> what the computation produces
 */
public final class LatestResult<T> {

    /** A computation that can be cancelled through its listener. */
    @FunctionalInterface
    public interface Computation<T> {
        /**
         * Computes the result.
         *
         * @param listener tells the computation whether it is still wanted
         */
        T compute(ProgressListener listener) throws Exception;
    }

    private final Executor background;
    private final Executor fx;
    private long generation;
    private volatile long latest;

    /**
     * Creates a runner.
     *
     * @param background where the work runs
     * @param fx         where results are delivered ({@code Platform::runLater} in the app)
     */
    public LatestResult(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    /**
     * Starts {@code computation}, cancelling any earlier one.
     *
     * @param onResult called with the result if no newer request was made meanwhile
     * @param onError  called with the failure if no newer request was made meanwhile
     */
    public void submit(Computation<T> computation, Consumer<T> onResult, Consumer<Exception> onError) {
        long mine = ++generation;
        latest = mine;
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return latest != mine;
            }
        };
        background.execute(() -> {
            if (listener.isCancelled()) {
                return;
            }
            try {
                T result = computation.compute(listener);
                fx.execute(() -> {
                    if (latest == mine) {
                        onResult.accept(result);
                    }
                });
            } catch (CancelledException e) {
                return;
            } catch (Exception e) {
                fx.execute(() -> {
                    if (latest == mine) {
                        onError.accept(e);
                    }
                });
            }
        });
    }

    /** Drops whatever is running; its result will not be delivered. */
    public void cancel() {
        latest = ++generation;
    }
}

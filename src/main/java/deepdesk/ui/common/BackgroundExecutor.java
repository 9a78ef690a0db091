package deepdesk.ui.common;

import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one pool of background threads of the application: parsing, statistics, plots' data and
 * every other piece of work that must stay off the FX thread runs here.
 *
 * <p>Threads are named daemons, so a forgotten task never keeps the JVM alive, and an uncaught
 * exception is logged instead of vanishing. Created once in the composition root and shut down
 * from {@code Application.stop()}.
 *
 * <p>Threading: {@link #execute} may be called from any thread.
 */
public final class BackgroundExecutor implements Executor {

    private static final System.Logger LOG = System.getLogger(BackgroundExecutor.class.getName());

    private final ExecutorService pool;

    /**
     * Starts the pool.
     *
     * @param threads number of worker threads
     */
    public BackgroundExecutor(int threads) {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "deepdesk-worker-" + counter.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) ->
                    LOG.log(Level.ERROR, "uncaught exception on " + t.getName(), e));
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public void execute(Runnable command) {
        pool.execute(command);
    }

    /** Stops accepting work, interrupts what runs and waits briefly for the threads to end. */
    public void shutdown() {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "background work did not stop within 2 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

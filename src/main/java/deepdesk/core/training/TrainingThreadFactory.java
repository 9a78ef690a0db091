package deepdesk.core.training;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place training threads are created: named daemon threads (they never keep the JVM
 * alive) whose uncaught exceptions are logged rather than lost.
 *
 * <p>Threading: thread-safe.
 */
public final class TrainingThreadFactory implements ThreadFactory {

    private static final System.Logger LOG = System.getLogger(TrainingThreadFactory.class.getName());
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final String prefix;

    /** @param prefix the start of each thread's name, followed by a serial number */
    public TrainingThreadFactory(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
        return newThread(prefix, task);
    }

    /** A daemon thread called {@code name-N} that runs {@code task}; not started. */
    public Thread newThread(String name, Runnable task) {
        Thread thread = new Thread(task, name + "-" + SERIAL.incrementAndGet());
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) ->
                LOG.log(System.Logger.Level.ERROR, "uncaught exception on " + t.getName(), e));
        return thread;
    }
}

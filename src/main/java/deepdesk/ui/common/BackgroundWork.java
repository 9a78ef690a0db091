package deepdesk.ui.common;

import deepdesk.core.common.CancelledException;
import deepdesk.core.common.ProgressListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The long operation the user is waiting for (importing a file, generating data), as the status
 * bar shows it: a message, a progress fraction and whether it can be cancelled. One operation at a
 * time; starting another cancels the first.
 *
 * <p>Threading: properties and methods are FX thread only; the job runs on the background
 * executor and reports progress from there.
 */
public final class BackgroundWork {

    /** A job that reports progress and honours cancellation through its listener. */
    @FunctionalInterface
    public interface Job<T> {
        /**
         * Does the work.
         *
         * @param listener receives progress; {@link ProgressListener#isCancelled()} turns true
         *                 when the user cancels
         */
        T run(ProgressListener listener) throws Exception;
    }

    private final Executor background;
    private final Executor fx;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Ready");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private Listener current;

    /**
     * Creates the tracker.
     *
     * @param background where jobs run
     * @param fx         where their outcome is delivered ({@code Platform::runLater} in the app)
     */
    public BackgroundWork(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    /**
     * Starts {@code job}, cancelling any job still running.
     *
     * @param title     what is being done, shown while it runs
     * @param onSuccess called with the result on the FX executor
     * @param onFailure called with the failure on the FX executor (not for a cancellation)
     */
    public <T> void start(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        cancel();
        Listener listener = new Listener(title);
        current = listener;
        message.set(title + "…");
        progress.set(-1);
        running.set(true);
        background.execute(() -> {
            try {
                T result = job.run(listener);
                fx.execute(() -> finish(listener, "Ready", () -> onSuccess.accept(result)));
            } catch (CancelledException e) {
                fx.execute(() -> finish(listener, title + ": cancelled", () -> { }));
            } catch (Exception e) {
                fx.execute(() -> finish(listener, title + ": failed", () -> onFailure.accept(e)));
            }
        });
    }

    /** Asks the running job to stop; it ends at its next check. */
    public void cancel() {
        if (current != null) {
            current.cancelled = true;
            current = null;
            running.set(false);
            progress.set(0);
            message.set("Cancelled");
        }
    }

    private void finish(Listener listener, String text, Runnable outcome) {
        if (current != listener) {
            return;
        }
        current = null;
        running.set(false);
        progress.set(0);
        message.set(text);
        outcome.run();
    }

    /** The message shown in the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Progress from 0 to 1, negative when unknown, 0 when idle. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether a job is running (and can be cancelled). */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Receives progress on the worker thread and forwards it, coalesced, to the FX thread. */
    private final class Listener implements ProgressListener {
        private final String title;
        private volatile boolean cancelled;
        private volatile double fraction = -1;
        private volatile String text;
        private final AtomicBoolean updatePending = new AtomicBoolean();

        Listener(String title) {
            this.title = title;
        }

        @Override
        public void progress(double fraction, String message) {
            this.fraction = fraction;
            this.text = message;
            // decision: at most one pending FX update per job, so a job that reports thousands of
            // times a second costs the FX thread one update per frame, not one per report.
            if (updatePending.compareAndSet(false, true)) {
                fx.execute(this::publish);
            }
        }

        private void publish() {
            updatePending.set(false);
            if (current == this) {
                progress.set(fraction);
                message.set(text == null || text.isBlank() ? title + "…" : title + ": " + text);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}

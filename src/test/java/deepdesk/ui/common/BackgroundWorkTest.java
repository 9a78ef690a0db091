package deepdesk.ui.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Background work as the status bar shows it: progress, success, failure and cancelling. */
class BackgroundWorkTest {

    private final Queue<Runnable> fx = new ArrayDeque<>();

    private void drainFx() {
        while (!fx.isEmpty()) {
            fx.poll().run();
        }
    }

    @Test
    void progressIsShownAndTheResultDelivered() {
        Queue<Runnable> background = new ArrayDeque<>();
        BackgroundWork work = new BackgroundWork(background::add, fx::add);
        AtomicReference<String> result = new AtomicReference<>();
        work.start("Reading data.csv", listener -> {
            listener.progress(0.25, "25 MB");
            listener.progress(0.5, "50 MB");
            return "done";
        }, result::set, e -> { });
        assertTrue(work.runningProperty().get());
        assertEquals("Reading data.csv…", work.messageProperty().get());

        background.poll().run();
        Runnable progressUpdate = fx.poll();
        progressUpdate.run();
        // two reports, one coalesced update carrying the latest
        assertEquals(0.5, work.progressProperty().get());
        assertEquals("Reading data.csv: 50 MB", work.messageProperty().get());

        drainFx();
        assertEquals("done", result.get());
        assertFalse(work.runningProperty().get());
        assertEquals("Ready", work.messageProperty().get());
    }

    @Test
    void aFailureIsReportedWithoutDeliveringAResult() {
        BackgroundWork work = new BackgroundWork(Runnable::run, fx::add);
        AtomicReference<Exception> failure = new AtomicReference<>();
        work.start("Reading bad.csv", listener -> {
            throw new IllegalStateException("line 2: unclosed quote");
        }, r -> { }, failure::set);
        drainFx();

        assertEquals("line 2: unclosed quote", failure.get().getMessage());
        assertEquals("Reading bad.csv: failed", work.messageProperty().get());
    }

    @Test
    void cancellingStopsTheJobAtItsNextCheck() throws Exception {
        BackgroundExecutor executor = new BackgroundExecutor(1);
        try {
            BackgroundWork work = new BackgroundWork(executor, fx::add);
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch stopped = new CountDownLatch(1);
            AtomicReference<Object> result = new AtomicReference<>();
            work.start("Long job", listener -> {
                started.countDown();
                try {
                    while (true) {
                        listener.checkCancelled();
                        Thread.onSpinWait();
                    }
                } finally {
                    stopped.countDown();
                }
            }, result::set, e -> { });
            assertTrue(started.await(5, TimeUnit.SECONDS));

            work.cancel();

            assertTrue(stopped.await(5, TimeUnit.SECONDS), "the job saw the cancellation");
            assertFalse(work.runningProperty().get());
            assertEquals("Cancelled", work.messageProperty().get());
            drainFx();
            assertNull(result.get());
        } finally {
            executor.shutdown();
        }
    }
}

package deepdesk.ui.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Latest result wins: stale requests neither compute nor deliver. */
class LatestResultTest {

    @Test
    void aResultFinishedAfterANewerRequestIsDropped() {
        Queue<Runnable> background = new ArrayDeque<>();
        Queue<Runnable> fx = new ArrayDeque<>();
        LatestResult<String> latest = new LatestResult<>(background::add, fx::add);
        List<String> shown = new ArrayList<>();

        latest.submit(listener -> "first", shown::add, e -> { });
        background.poll().run();
        latest.submit(listener -> "second", shown::add, e -> { });
        background.poll().run();
        while (!fx.isEmpty()) {
            fx.poll().run();
        }

        assertEquals(List.of("second"), shown);
    }

    @Test
    void aRunningComputationSeesItIsNoLongerWanted() {
        Queue<Runnable> background = new ArrayDeque<>();
        LatestResult<Boolean> latest = new LatestResult<>(background::add, Runnable::run);
        List<Boolean> cancelledSeen = new ArrayList<>();
        latest.submit(listener -> {
            latest.cancel();
            cancelledSeen.add(listener.isCancelled());
            return true;
        }, r -> cancelledSeen.add(false), e -> { });
        background.poll().run();

        assertEquals(List.of(true), cancelledSeen);
    }

    @Test
    void failuresOfTheNewestRequestAreReported() {
        LatestResult<String> latest = new LatestResult<>(Runnable::run, Runnable::run);
        List<String> errors = new ArrayList<>();
        latest.submit(listener -> {
            throw new IllegalArgumentException("no such column");
        }, r -> { }, e -> errors.add(e.getMessage()));
        assertTrue(errors.contains("no such column"));
    }
}

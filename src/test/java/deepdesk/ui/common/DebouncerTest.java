package deepdesk.ui.common;

import javafx.util.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A burst of requests runs once, with the last request's action. */
class DebouncerTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aBurstRunsOnlyItsLastAction() throws Exception {
        List<Integer> runs = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        Debouncer debouncer = WaitForAsyncUtils.asyncFx(() -> Debouncer.after(Duration.millis(150))).get();
        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 1; i <= 5; i++) {
                int value = i;
                debouncer.submit(() -> {
                    runs.add(value);
                    first.countDown();
                });
            }
        }).get();
        assertTrue(first.await(5, TimeUnit.SECONDS));

        CountDownLatch sentinel = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> debouncer.submit(() -> {
            runs.add(99);
            sentinel.countDown();
        })).get();
        assertTrue(sentinel.await(5, TimeUnit.SECONDS));

        assertEquals(List.of(5, 99), runs);
    }

    @Test
    void immediateRunsEveryRequestAtOnce() {
        List<Integer> runs = new CopyOnWriteArrayList<>();
        Debouncer debouncer = Debouncer.immediate();
        debouncer.submit(() -> runs.add(1));
        debouncer.submit(() -> runs.add(2));
        assertEquals(List.of(1, 2), runs);
    }
}

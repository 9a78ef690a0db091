package deepdesk.ui.learn;

import deepdesk.core.training.TrainingService;
import deepdesk.core.training.TrainingState;
import deepdesk.ui.common.Debouncer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverfittingLessonViewModelTest {

    private final OverfittingLessonViewModel model = new OverfittingLessonViewModel(
            new TrainingService(), Runnable::run, Runnable::run, Debouncer.immediate());

    @AfterEach
    void stop() {
        model.dispose();
    }

    /** Drains the bridge on this thread, as the FX timer would, until the run has ended. */
    private void drainUntilEnded() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        do {
            LockSupport.parkNanos(1_000_000);
            model.training().bridge().drain();
        } while (!(model.stateProperty().get().isTerminal() && model.fittedProperty().get() != null
                && model.fittedProperty().get().epoch() == lastEpoch())
                && System.nanoTime() < deadline);
    }

    private int lastEpoch() {
        return model.training().epochProperty().get();
    }

    @Test
    void earlyStoppingEndsTheRunOnItsBestEpochAndTheCurveFollows() throws Exception {
        model.earlyStoppingProperty().set(true);
        model.patienceProperty().set(50);
        assertEquals(2, model.runCount(), "each change restarted the run");
        drainUntilEnded();
        assertEquals(TrainingState.FINISHED, model.stateProperty().get());
        int best = model.bestEpochProperty().get();
        assertEquals(best + 50, lastEpoch());
        assertTrue(model.summaryProperty().get().contains("restored the weights of epoch " + best),
                model.summaryProperty().get());
        assertEquals(OverfittingLessonViewModel.CURVE_POINTS, model.fittedProperty().get().ys().length);
    }

    @Test
    void aSettingOutOfRangeIsReportedNotTrained() {
        int before = model.runCount();
        model.trainPointsProperty().set(1);
        assertEquals(before, model.runCount());
        assertTrue(model.summaryProperty().get().startsWith("Cannot start: training points"),
                model.summaryProperty().get());
    }
}

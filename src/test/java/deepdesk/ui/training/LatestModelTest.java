package deepdesk.ui.training;

import deepdesk.core.training.TrainingService;
import deepdesk.core.training.TrainingState;
import deepdesk.ui.common.TrainedModel;
import deepdesk.ui.common.Workbench;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class LatestModelTest {

    private final TrainingService service = new TrainingService();

    @AfterEach
    void shutDown() throws InterruptedException {
        service.awaitShutdown(5, TimeUnit.SECONDS);
    }

    @Test
    void aRunThatEndsHandsItsBestWeightsToTheWorkbench() {
        Workbench workbench = TrainingFixtures.workbenchWith(TrainingFixtures.spiral(300), "label");
        TrainingFixtures.trainForLong(workbench);
        TrainViewModel model = new TrainViewModel(service, workbench, Runnable::run, Runnable::run);
        model.startTraining();
        TrainViewModelTest.drainUntil(model, () -> model.epochProperty().get() >= 3, "three epochs");
        assertNull(workbench.latestModelProperty().get());
        model.stopTraining();
        TrainViewModelTest.drainUntil(model,
                () -> model.runs().get(0).stateProperty().get() == TrainingState.STOPPED, "stop");
        TrainedModel latest = workbench.latestModelProperty().get();
        RunEntry run = model.runs().get(0);
        assertEquals(run.nameProperty().get(), latest.runName());
        assertEquals(run.config().model(), latest.spec());
        assertArrayEquals(service.history().run(run.id()).orElseThrow().bestWeights(), latest.weights());
        assertSame(workbench.preparedProperty().get(), latest.prepared());
        assertSame(workbench.datasetProperty().get(), latest.dataset());
    }
}

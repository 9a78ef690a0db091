package deepdesk.ui.training;

import deepdesk.core.training.ClusterStatus;
import deepdesk.core.training.TrainingService;
import deepdesk.core.training.TrainingState;
import deepdesk.ui.common.Workbench;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Train screen's choice of where a run computes, without a cluster. */
class ComputePlaceTest {

    private final TrainingService service = new TrainingService();

    @AfterEach
    void shutDown() throws InterruptedException {
        service.awaitShutdown(5, TimeUnit.SECONDS);
    }

    private TrainViewModel model() {
        Workbench workbench = TrainingFixtures.workbenchWith(TrainingFixtures.spiral(100), "label");
        return new TrainViewModel(service, workbench, Runnable::run, Runnable::run);
    }

    @Test
    void choosingAPlaceFillsInItsMaster() {
        TrainViewModel model = model();
        assertEquals(ComputePlace.THIS_MACHINE, model.placeProperty().get());
        model.placeProperty().set(ComputePlace.SPARK_LOCAL);
        assertEquals("local[*]", model.sparkMasterProperty().get());
        model.placeProperty().set(ComputePlace.SPARK_CLUSTER);
        assertTrue(model.sparkMasterProperty().get().startsWith("spark://"));
        model.placeProperty().set(ComputePlace.THIS_MACHINE);
        assertEquals("", model.sparkMasterProperty().get());
    }

    @Test
    void aGeneratedDatasetCannotGoToSparkAndSaysWhy() {
        TrainViewModel model = model();
        model.placeProperty().set(ComputePlace.SPARK_LOCAL);
        model.startTraining();
        assertTrue(model.statusTextProperty().get().contains("CSV file"), model.statusTextProperty().get());
        assertTrue(model.canStartProperty().get(), "Start is enabled again");
        assertEquals(TrainingState.IDLE, service.state());
    }

    @Test
    void aMissingFileIsReportedWithoutStartingARun() {
        TrainViewModel model = model();
        model.placeProperty().set(ComputePlace.SPARK_LOCAL);
        model.datasetSourceProperty().set("target/no-such-folder/none.csv");
        model.startTraining();
        assertTrue(model.statusTextProperty().get().startsWith("Cannot start on Spark"), model.statusTextProperty().get());
        assertTrue(model.canStartProperty().get(), "Start is enabled again");
        assertEquals("", model.clusterStatusTextProperty().get());
    }

    @Test
    void theStatusLineNamesExecutorsPartitionsAndTheLastRound() {
        assertEquals("Spark local[2] · 1 executor · 2 partitions · last round 41 ms",
                TrainViewModel.clusterStatusLine(new ClusterStatus("local[2]", 1, 2, 10, 0.041)));
        assertEquals("Spark spark://10.0.0.1:7077 · 4 executors · 1 partition · no round yet",
                TrainViewModel.clusterStatusLine(new ClusterStatus("spark://10.0.0.1:7077", 4, 1, 0, Double.NaN)));
        assertEquals("Spark local[*] · 2 executors · 8 partitions · last round 2.5 s",
                TrainViewModel.clusterStatusLine(new ClusterStatus("local[*]", 2, 8, 3, 2.5)));
    }
}

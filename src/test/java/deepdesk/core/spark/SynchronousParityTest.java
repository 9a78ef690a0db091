package deepdesk.core.spark;

import deepdesk.core.distributed.ClusterSettings;
import deepdesk.core.distributed.SplitKind;
import deepdesk.core.model.Activation;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.prep.PreparedSplit;
import deepdesk.core.training.DefaultModels;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.EpochMetrics;
import deepdesk.core.training.EpochOrder;
import deepdesk.core.training.Trainer;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingData;
import deepdesk.core.training.TrainingRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Synchronous gradient aggregation on Spark {@code local[2]} is the local trainer's computation:
 * same rows, seed and batch give the same loss history within 1e-4 relative.
 */
class SynchronousParityTest {

    private static final int EPOCHS = 6;

    @BeforeAll
    static void startSpark() {
        SparkSessions.session(SparkTestSession.MASTER);
    }

    @AfterAll
    static void stopSpark() {
        SparkSessions.stop();
    }

    @Test
    void classificationHistoryEqualsTheLocalTrainers() {
        assertParity("iris.csv", "species", OptimizerConfig.adam(0.01), 16);
    }

    @Test
    void regressionHistoryEqualsTheLocalTrainers() {
        assertParity("auto-mpg.csv", "mpg", OptimizerConfig.defaults(
                deepdesk.core.model.OptimizerKind.MOMENTUM).withLearningRate(0.01), 32);
    }

    private static void assertParity(String file, String target, OptimizerConfig optimizer,
                                     int batch) {
        try (SparkDataset dataset = SparkTestSession.open(file, target,
                ClusterSettings.synchronous(SparkTestSession.MASTER))) {
            assertEquals(2, dataset.status().partitions());
            PreparedSplit train = dataset.collect(SplitKind.TRAIN, Integer.MAX_VALUE);
            PreparedSplit validation = dataset.collect(SplitKind.VALIDATION, Integer.MAX_VALUE);
            assertEquals(dataset.trainRows(), train.rows());
            TrainingConfig config = TrainingConfig.defaults(DefaultModels.forData(train,
                            List.of(8), Activation.TANH, null))
                    .withOptimizer(optimizer).withBatchSize(batch).withMaxEpochs(EPOCHS)
                    .withEarlyStopping(EarlyStopping.OFF).withSeed(7);

            Trainer local = new Trainer(config, new TrainingData(train, validation),
                    EpochOrder.PERMUTED);
            List<EpochMetrics> expected = drive(local);
            List<EpochMetrics> actual = drive(dataset.create(config));

            assertEquals(EPOCHS, actual.size());
            for (int e = 0; e < EPOCHS; e++) {
                assertClose(expected.get(e).train().loss(), actual.get(e).train().loss(),
                        file + " epoch " + (e + 1) + " train loss");
                assertClose(expected.get(e).validation().loss(), actual.get(e).validation().loss(),
                        file + " epoch " + (e + 1) + " validation loss");
            }
            assertTrue(actual.get(EPOCHS - 1).train().loss() < actual.get(0).train().loss(),
                    "the loss falls");
        }
    }

    private static List<EpochMetrics> drive(TrainingRun run) {
        List<EpochMetrics> epochs = new ArrayList<>();
        while (!run.isDone()) {
            if (run.trainBatch().endsEpoch()) {
                epochs.add(run.completeEpoch());
            }
        }
        return epochs;
    }

    private static void assertClose(double expected, double actual, String what) {
        double relative = Math.abs(actual - expected) / Math.max(1e-12, Math.abs(expected));
        assertTrue(relative < 1e-4, what + ": local " + expected + ", Spark " + actual
                + " (relative difference " + relative + ")");
    }
}

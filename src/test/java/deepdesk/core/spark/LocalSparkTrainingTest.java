package deepdesk.core.spark;

import deepdesk.core.distributed.ClusterSettings;
import deepdesk.core.distributed.SplitKind;
import deepdesk.core.model.Activation;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.OptimizerKind;
import deepdesk.core.prep.PreparedSplit;
import deepdesk.core.training.ClusterStatus;
import deepdesk.core.training.DefaultModels;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.EpochMetrics;
import deepdesk.core.training.EpochOrder;
import deepdesk.core.training.SplitMetrics;
import deepdesk.core.training.Trainer;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingData;
import deepdesk.core.training.TrainingEvent;
import deepdesk.core.training.TrainingListener;
import deepdesk.core.training.TrainingRun;
import deepdesk.core.training.TrainingService;
import deepdesk.core.training.TrainingState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training on Spark {@code local[2]}, with iris and auto-mpg prepared once for the class in two
 * partitions:
 * <ul>
 *   <li>synchronous gradient aggregation is the local trainer's computation: same rows, seed and
 *       batch give the same loss history within 1e-4 relative;</li>
 *   <li>parameter averaging converges on both samples (bars a small network reaches locally,
 *       less a margin for the approximation);</li>
 *   <li>the training service drives a Spark run with the local events and a cluster status.</li>
 * </ul>
 */
class LocalSparkTrainingTest {

    private static final int PARITY_EPOCHS = 6;

    private static SparkDataset iris;
    private static SparkDataset autoMpg;

    @BeforeAll
    static void prepareOnSpark() {
        SparkSessions.session(SparkTestSession.MASTER);
        ClusterSettings sync = ClusterSettings.synchronous(SparkTestSession.MASTER);
        iris = SparkTestSession.open("iris.csv", "species", sync);
        autoMpg = SparkTestSession.open("auto-mpg.csv", "mpg", sync);
    }

    @AfterAll
    static void stopSpark() {
        iris.close();
        autoMpg.close();
        SparkSessions.stop();
    }

    @Test
    void synchronousClassificationHistoryEqualsTheLocalTrainers() {
        assertParity(iris, OptimizerConfig.adam(0.01), 16);
    }

    @Test
    void synchronousRegressionHistoryEqualsTheLocalTrainers() {
        assertParity(autoMpg, OptimizerConfig.defaults(OptimizerKind.MOMENTUM).withLearningRate(0.01),
                32);
    }

    @Test
    void averagingReachesNinetyPercentAccuracyOnIris() {
        iris.use(ClusterSettings.averaging(SparkTestSession.MASTER, 2));
        SplitMetrics test = trainByAveraging(iris, OptimizerConfig.adam(0.05), 8, 40);
        assertTrue(test.accuracy() >= 0.9, "iris test accuracy " + test.accuracy());
    }

    @Test
    void averagingReachesAnR2OfPointSevenFiveOnAutoMpg() {
        autoMpg.use(ClusterSettings.averaging(SparkTestSession.MASTER, 4));
        SplitMetrics test = trainByAveraging(autoMpg, OptimizerConfig.adam(0.01), 16, 30);
        assertTrue(test.r2() >= 0.75, "auto-mpg test R2 " + test.r2());
    }

    @Test
    void theServiceDrivesASparkRunWithTheLocalEvents() throws Exception {
        iris.use(ClusterSettings.synchronous(SparkTestSession.MASTER));
        try (TrainingService service = new TrainingService()) {
            TrainingConfig config = TrainingConfig.defaults(DefaultModels.forData(
                            iris.collect(SplitKind.TRAIN, 1), List.of(4), Activation.TANH, null))
                    .withBatchSize(64).withMaxEpochs(3).withEarlyStopping(EarlyStopping.OFF);
            List<TrainingEvent> events = new ArrayList<>();
            CountDownLatch ended = new CountDownLatch(1);
            TrainingListener listener = event -> {
                synchronized (events) {
                    events.add(event);
                }
                if (event instanceof TrainingEvent.RunEnded) {
                    ended.countDown();
                }
            };
            service.addListener(listener);
            service.start(iris, config).get(60, TimeUnit.SECONDS);
            assertTrue(ended.await(120, TimeUnit.SECONDS), "the run ended");

            int batches = (int) ((iris.trainRows() + 63) / 64);
            synchronized (events) {
                TrainingEvent.RunStarted started = (TrainingEvent.RunStarted) events.get(0);
                assertEquals(iris.trainRows(), started.trainRows());
                assertEquals(batches, started.batchesPerEpoch());
                assertEquals(3, events.stream()
                        .filter(e -> e instanceof TrainingEvent.EpochCompleted).count());
                TrainingEvent.RunEnded end = (TrainingEvent.RunEnded) events.get(events.size() - 1);
                assertEquals(TrainingState.FINISHED, end.finalState());
            }
            ClusterStatus status = service.clusterStatus();
            assertNotNull(status);
            assertEquals(SparkTestSession.MASTER, status.master());
            assertEquals(2, status.partitions());
            assertEquals(3L * batches, status.rounds());
            assertTrue(status.lastRoundSeconds() > 0);
            assertEquals(3, service.history().runs().get(0).epochs().size());
        }
    }

    private static void assertParity(SparkDataset dataset, OptimizerConfig optimizer, int batch) {
        dataset.use(ClusterSettings.synchronous(SparkTestSession.MASTER));
        assertEquals(2, dataset.status().partitions());
        PreparedSplit train = dataset.collect(SplitKind.TRAIN, Integer.MAX_VALUE);
        PreparedSplit validation = dataset.collect(SplitKind.VALIDATION, Integer.MAX_VALUE);
        assertEquals(dataset.trainRows(), train.rows());
        TrainingConfig config = TrainingConfig.defaults(DefaultModels.forData(train,
                        List.of(8), Activation.TANH, null))
                .withOptimizer(optimizer).withBatchSize(batch).withMaxEpochs(PARITY_EPOCHS)
                .withEarlyStopping(EarlyStopping.OFF).withSeed(7);

        Trainer local = new Trainer(config, new TrainingData(train, validation), EpochOrder.PERMUTED);
        List<EpochMetrics> expected = drive(local);
        List<EpochMetrics> actual = drive(dataset.create(config));

        assertEquals(PARITY_EPOCHS, actual.size());
        String name = dataset.roles().target();
        for (int e = 0; e < PARITY_EPOCHS; e++) {
            assertClose(expected.get(e).train().loss(), actual.get(e).train().loss(),
                    name + " epoch " + (e + 1) + " train loss");
            assertClose(expected.get(e).validation().loss(), actual.get(e).validation().loss(),
                    name + " epoch " + (e + 1) + " validation loss");
        }
        assertTrue(actual.get(PARITY_EPOCHS - 1).train().loss() < actual.get(0).train().loss(),
                "the loss falls");
    }

    private static SplitMetrics trainByAveraging(SparkDataset dataset, OptimizerConfig optimizer,
                                                 int batch, int epochs) {
        TrainingConfig config = TrainingConfig.defaults(DefaultModels.forData(
                        dataset.collect(SplitKind.TRAIN, 1), List.of(16), Activation.TANH, null))
                .withOptimizer(optimizer).withBatchSize(batch).withMaxEpochs(epochs)
                .withEarlyStopping(EarlyStopping.OFF).withSeed(3);
        TrainingRun run = dataset.create(config);
        List<EpochMetrics> history = drive(run);
        assertEquals(epochs, history.size());
        assertTrue(history.get(epochs - 1).train().loss() < history.get(0).train().loss(),
                "the training loss falls");
        assertTrue(run.clusterStatus().rounds() >= epochs);
        return dataset.evaluate(SplitKind.TEST, config.model(), run.weights());
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

package deepdesk.core.spark.cluster;

import deepdesk.core.distributed.ClusterSettings;
import deepdesk.core.distributed.DistributedDataset;
import deepdesk.core.distributed.DistributedSource;
import deepdesk.core.distributed.DistributedTraining;
import deepdesk.core.distributed.SplitKind;
import deepdesk.core.model.Activation;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.training.ClusterStatus;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.SplitMetrics;
import deepdesk.core.training.StopReason;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingEvent;
import deepdesk.core.training.TrainingService;
import deepdesk.core.training.TrainingState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trains a sample on a real standalone cluster (a master and two workers in their own JVMs, the
 * application's classes shipped to the executors as a jar) through the same training service the
 * Train screen uses, then loses a worker in the middle of a run.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterTrainingTest {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);

    private static Path root;
    private static StandaloneCluster cluster;
    private static DriverSettings driver;
    private static DistributedTraining training;
    private static Path iris;

    @BeforeAll
    static void startCluster() throws Exception {
        root = ClusterFolders.fresh("training");
        iris = root.resolve("iris.csv");
        try (InputStream in = StandaloneClusterTrainingTest.class.getResourceAsStream("/samples/iris.csv")) {
            Files.copy(in, iris);
        }
        cluster = StandaloneCluster.start(root, 2, 1, "768m");
        Path appJar = cluster.classPath().writeAppJar(root.resolve("deepdesk-app.jar"));
        Map<String, String> settings = new LinkedHashMap<>(cluster.driverSettings(appJar, 2, "512m"));
        // a lost executor must be noticed in seconds, not after the default two minutes
        settings.put("spark.network.timeout", "30s");
        settings.put("spark.network.timeoutInterval", "10s");
        settings.put("spark.executor.heartbeatInterval", "2s");
        driver = DriverSettings.apply(settings);
        training = DistributedTraining.find().orElseThrow();
        training.shutdown();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        try {
            if (training != null) {
                CompletableFuture.runAsync(training::shutdown).get(60, TimeUnit.SECONDS);
            }
        } finally {
            if (driver != null) {
                driver.restore();
            }
            if (cluster != null) {
                List<ProcessHandle> processes = cluster.processTree();
                cluster.close();
                for (ProcessHandle process : processes) {
                    assertTrue(!process.isAlive(), "process " + process.pid() + " exited");
                }
            }
        }
    }

    private static DistributedDataset openIris(int partitions) {
        DistributedSource source = new DistributedSource(iris.toString(), null, null, "species",
                PreparationSettings.defaults());
        return training.open(source, ClusterSettings.synchronous(cluster.masterUrl()).withPartitions(partitions));
    }

    private static TrainingConfig irisConfig(DistributedDataset dataset, int epochs) {
        ModelSpec spec = ModelSpec.forClassification(dataset.pipeline().width(), 3,
                List.of(LayerSpec.of(16, Activation.TANH)));
        return TrainingConfig.defaults(spec).withOptimizer(OptimizerConfig.adam(0.03)).withBatchSize(64)
                .withMaxEpochs(epochs).withEarlyStopping(EarlyStopping.OFF).withSeed(3);
    }

    /** Collects a service's events and lets a test wait for one. */
    private static final class Recorder {
        final List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        final CompletableFuture<TrainingEvent.RunEnded> ended = new CompletableFuture<>();
        final CountDownLatch thirdEpoch = new CountDownLatch(1);
        final CompletableFuture<Integer> enoughEpochs = new CompletableFuture<>();
        private volatile int epochGoal = Integer.MAX_VALUE;

        void onEvent(TrainingEvent event) {
            events.add(event);
            if (event instanceof TrainingEvent.EpochCompleted completed && completed.metrics().epoch() >= 3) {
                thirdEpoch.countDown();
            }
            if (event instanceof TrainingEvent.RunEnded runEnded) {
                ended.complete(runEnded);
            }
            checkGoal();
        }

        /** Completes {@link #enoughEpochs} once {@code count} epochs have been trained in all. */
        void awaitEpochs(int count) {
            epochGoal = count;
            checkGoal();
        }

        private void checkGoal() {
            int done = epochs();
            if (done >= epochGoal) {
                enoughEpochs.complete(done);
            }
        }

        int epochs() {
            return (int) events.stream().filter(TrainingEvent.EpochCompleted.class::isInstance).count();
        }
    }

    @Test
    @Order(1)
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void trainsIrisOnTwoWorkersToASaneModel() throws Exception {
        try (DistributedDataset dataset = openIris(2);
             TrainingService service = new TrainingService()) {
            ClusterStatus status = dataset.status();
            assertEquals(2, status.partitions());
            assertEquals(2, status.executors(), "one executor on each worker");
            Recorder recorder = new Recorder();
            service.addListener(recorder::onEvent);
            service.start(dataset, irisConfig(dataset, 40)).get(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            TrainingEvent.RunEnded ended = recorder.ended.get(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(TrainingState.FINISHED, ended.finalState(), ended.message());
            assertEquals(40, recorder.epochs(), "an epoch event for every epoch, as a local run sends");
            assertTrue(recorder.events.get(0) instanceof TrainingEvent.RunStarted);

            float[] weights = service.history().runs().get(0).bestWeights();
            SplitMetrics validation = dataset.evaluate(SplitKind.VALIDATION, irisConfig(dataset, 1).model(), weights);
            assertNotNull(validation);
            assertTrue(validation.accuracy() >= 0.85, "validation accuracy " + validation.accuracy());
            ClusterStatus after = service.clusterStatus();
            assertTrue(after.rounds() > 0 && Double.isFinite(after.lastRoundSeconds()), after.toString());
        }
    }

    @Test
    @Order(2)
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void losingAWorkerMidRunRecoversOrFailsClearlyAndNeverHangs(TestReporter reporter) throws Exception {
        try (DistributedDataset dataset = openIris(2);
             TrainingService service = new TrainingService()) {
            Recorder recorder = new Recorder();
            service.addListener(recorder::onEvent);
            service.start(dataset, irisConfig(dataset, 100_000)).get(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertTrue(recorder.thirdEpoch.await(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "three epochs trained");

            cluster.killWorker(1);
            int atKill = recorder.epochs();
            recorder.awaitEpochs(atKill + 5);

            // decision: either outcome is acceptable (Spark reruns the lost tasks on the other
            // executor, or the run fails with a message), but one of them must come within a bound.
            CompletableFuture.anyOf(recorder.ended, recorder.enoughEpochs).get(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (recorder.ended.isDone()) {
                TrainingEvent.RunEnded ended = recorder.ended.get();
                assertEquals(StopReason.FAILED, ended.reason(), ended.message());
                String message = ended.message().toLowerCase(Locale.ROOT);
                assertTrue(message.contains("spark") || message.contains("executor") || message.contains("cluster"),
                        ended.message());
                reporter.publishEntry("outcome", "failed after " + recorder.epochs() + " epochs: " + ended.message());
            } else {
                TrainingState stopped = service.stop().get(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                assertEquals(TrainingState.STOPPED, stopped, "the driver still answers after the recovery");
                assertEquals(1, cluster.aliveWorkers(), "the master has noticed the lost worker");
                reporter.publishEntry("outcome", "recovered: " + recorder.epochs() + " epochs, " + atKill
                        + " when the worker was killed");
            }
        }
    }
}

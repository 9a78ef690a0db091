package deepdesk.core.spark;

import deepdesk.core.distributed.ClusterSettings;
import deepdesk.core.distributed.SplitKind;
import deepdesk.core.model.Activation;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.training.DefaultModels;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.SplitMetrics;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parameter averaging on Spark {@code local[2]} converges on the samples: the bars are what a
 * small network reaches on them locally, less a margin for the approximation.
 */
class ParameterAveragingTest {

    @BeforeAll
    static void startSpark() {
        SparkSessions.session(SparkTestSession.MASTER);
    }

    @AfterAll
    static void stopSpark() {
        SparkSessions.stop();
    }

    @Test
    void irisReachesNinetyPercentAccuracy() {
        try (SparkDataset dataset = SparkTestSession.open("iris.csv", "species",
                ClusterSettings.averaging(SparkTestSession.MASTER, 2))) {
            SplitMetrics test = train(dataset, OptimizerConfig.adam(0.05), 8, 40);
            assertTrue(test.accuracy() >= 0.9, "iris test accuracy " + test.accuracy());
        }
    }

    @Test
    void autoMpgReachesAnR2OfPointSevenFive() {
        try (SparkDataset dataset = SparkTestSession.open("auto-mpg.csv", "mpg",
                ClusterSettings.averaging(SparkTestSession.MASTER, 4))) {
            SplitMetrics test = train(dataset, OptimizerConfig.adam(0.01), 16, 30);
            assertTrue(test.r2() >= 0.75, "auto-mpg test R2 " + test.r2());
        }
    }

    private static SplitMetrics train(SparkDataset dataset, OptimizerConfig optimizer, int batch,
                                      int epochs) {
        TrainingConfig config = TrainingConfig.defaults(DefaultModels.forData(
                        dataset.collect(SplitKind.TRAIN, 1), List.of(16), Activation.TANH, null))
                .withOptimizer(optimizer).withBatchSize(batch).withMaxEpochs(epochs)
                .withEarlyStopping(EarlyStopping.OFF).withSeed(3);
        TrainingRun run = dataset.create(config);
        assertEquals(2, run.clusterStatus().partitions());
        double firstLoss = Double.NaN;
        while (!run.isDone()) {
            if (run.trainBatch().endsEpoch()) {
                double loss = run.completeEpoch().train().loss();
                if (Double.isNaN(firstLoss)) {
                    firstLoss = loss;
                }
            }
        }
        assertTrue(run.lastEpoch().train().loss() < firstLoss, "the training loss falls");
        assertTrue(run.clusterStatus().rounds() >= epochs);
        return dataset.evaluate(SplitKind.TEST, config.model(), run.weights());
    }
}

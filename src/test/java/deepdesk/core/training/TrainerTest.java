package deepdesk.core.training;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Network;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.RegularizationConfig;
import deepdesk.core.model.ScheduleConfig;
import deepdesk.core.prep.PreparedSplit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainerTest {

    private static final TrainingData BLOBS = new TrainingData(SyntheticData.blobs(3, 300, 1),
            SyntheticData.blobs(3, 90, 2));

    private static TrainingConfig blobConfig() {
        return TrainingConfig.defaults(SyntheticData.classifier(2, 3, 8))
                .withOptimizer(OptimizerConfig.adam(0.01)).withMaxEpochs(30)
                .withEarlyStopping(EarlyStopping.OFF).withBackend(BackendKind.JAVA);
    }

    @Test
    void classificationLossFallsAndAccuracyRises() {
        Trainer trainer = new Trainer(blobConfig(), BLOBS);
        TrainingOutcome outcome = trainer.run();

        assertEquals(StopReason.MAX_EPOCHS, outcome.reason());
        assertEquals(30, outcome.epochs().size());
        EpochMetrics first = outcome.epochs().get(0);
        EpochMetrics last = outcome.lastEpoch();
        assertTrue(last.train().loss() < 0.5 * first.train().loss(),
                "loss " + first.train().loss() + " -> " + last.train().loss());
        assertTrue(last.validation().accuracy() > 0.9, "accuracy " + last.validation().accuracy());
        ClassCounts counts = last.validation().classCounts();
        assertEquals(90, counts.rows());
        for (int c = 0; c < 3; c++) {
            assertEquals(30, counts.total(c));
        }
        assertEquals(last.validation().accuracy(), (double) counts.correct() / 90, 1e-12);
        assertTrue(Double.isNaN(last.validation().r2()));
        assertTrue(last.samplesPerSecond() > 0 && last.seconds() > 0);
        assertTrue(last.elapsedSeconds() >= last.seconds());
        assertEquals(30L * trainer.batchesPerEpoch(), last.step());
    }

    @Test
    void regressionReachesHighR2AndLowRmse() {
        TrainingData data = new TrainingData(SyntheticData.linear(400, 0.1, 3),
                SyntheticData.linear(100, 0.1, 4));
        TrainingConfig config = TrainingConfig.defaults(SyntheticData.regressor(3, 16))
                .withOptimizer(OptimizerConfig.adam(0.01)).withMaxEpochs(60).withBackend(BackendKind.JAVA);
        TrainingOutcome outcome = new Trainer(config, data).run();

        SplitMetrics validation = outcome.lastEpoch().validation();
        assertTrue(validation.r2() > 0.97, "R2 " + validation.r2());
        assertTrue(validation.rmse() < 0.3, "RMSE " + validation.rmse());
        assertTrue(validation.loss() < 0.02, "the loss on standardised targets " + validation.loss());
        assertTrue(Double.isNaN(validation.accuracy()));
        assertNull(validation.classCounts());
    }

    @Test
    void regressionInLargeUnitsTrainsAndItsWeightsPredictInThoseUnits() {
        TrainingData data = new TrainingData(shifted(SyntheticData.linear(400, 0.1, 3)),
                shifted(SyntheticData.linear(100, 0.1, 4)));
        TrainingConfig config = TrainingConfig.defaults(SyntheticData.regressor(3, 16))
                .withOptimizer(OptimizerConfig.adam(0.01)).withMaxEpochs(60).withBackend(BackendKind.JAVA);
        Trainer trainer = new Trainer(config, data);
        trainer.run();
        SplitMetrics reported = trainer.evaluate(data.validation());
        assertTrue(reported.r2() > 0.97, "R2 " + reported.r2());
        assertTrue(reported.rmse() > 1 && reported.rmse() < 15, "RMSE in target units " + reported.rmse());

        Network copy = Network.create(config.model(), BackendKind.JAVA, 64, 0);
        copy.setParameters(trainer.weights());
        SplitMetrics fromCopy = new SplitEvaluator(config.model())
                .evaluate(copy, data.validation(), data.validation().targets());
        assertEquals(reported.rmse(), fromCopy.rmse(), 1e-3 * reported.rmse());
        assertEquals(reported.r2(), fromCopy.r2(), 1e-5);
    }

    @Test
    void sameSeedGivesIdenticalHistoryAndAnotherSeedDoesNot() {
        TrainingConfig config = blobConfig().withMaxEpochs(8).withInputNoise(0.1);
        List<Double> first = losses(new Trainer(config, BLOBS).run());
        List<Double> second = losses(new Trainer(config, BLOBS).run());
        List<Double> otherSeed = losses(new Trainer(config.withSeed(2), BLOBS).run());

        assertEquals(first, second);
        assertNotEquals(first, otherSeed);
    }

    @Test
    void earlyStoppingRestoresTheBestWeights() {
        TrainingData noise = new TrainingData(SyntheticData.randomLabels(60, 6, 5),
                SyntheticData.randomLabels(60, 6, 6));
        TrainingConfig config = TrainingConfig.defaults(SyntheticData.classifier(6, 2, 32, 32))
                .withOptimizer(OptimizerConfig.adam(0.02)).withMaxEpochs(500)
                .withEarlyStopping(new EarlyStopping(5, 0)).withBackend(BackendKind.JAVA);
        Trainer trainer = new Trainer(config, noise);
        TrainingOutcome outcome = trainer.run();

        assertEquals(StopReason.EARLY_STOPPING, outcome.reason());
        int best = outcome.bestEpoch();
        assertEquals(best + 5, outcome.epochs().size(), "stopped five epochs after the best");
        double bestLoss = outcome.epochs().get(best - 1).validation().loss();
        for (EpochMetrics epoch : outcome.epochs()) {
            assertTrue(epoch.validation().loss() >= bestLoss);
        }
        assertArrayEquals(trainer.bestWeights(), trainer.weights());
        assertEquals(bestLoss, trainer.evaluate(noise.validation()).loss(), 1e-9);
        assertNotEquals(bestLoss, outcome.lastEpoch().validation().loss());
        assertTrue(outcome.message().contains("restored the weights of epoch " + best), outcome.message());
    }

    @Test
    void aRunThatUsesAllItsEpochsEndsOnTheBestWeightsWhenEarlyStoppingIsOn() {
        TrainingData noise = new TrainingData(SyntheticData.randomLabels(60, 6, 5),
                SyntheticData.randomLabels(60, 6, 6));
        TrainingConfig config = TrainingConfig.defaults(SyntheticData.classifier(6, 2, 32, 32))
                .withOptimizer(OptimizerConfig.adam(0.02)).withMaxEpochs(8)
                .withEarlyStopping(new EarlyStopping(100, 0)).withBackend(BackendKind.JAVA);
        Trainer trainer = new Trainer(config, noise);
        TrainingOutcome outcome = trainer.run();

        assertEquals(StopReason.MAX_EPOCHS, outcome.reason());
        assertTrue(outcome.bestEpoch() < 8, "the validation loss of random labels rises");
        assertArrayEquals(trainer.bestWeights(), trainer.weights());
        assertTrue(outcome.message().endsWith("restored the weights of epoch " + outcome.bestEpoch()),
                outcome.message());

        Trainer withoutEarlyStopping = new Trainer(config.withEarlyStopping(EarlyStopping.OFF), noise);
        withoutEarlyStopping.run();
        assertFalse(java.util.Arrays.equals(withoutEarlyStopping.bestWeights(), withoutEarlyStopping.weights()));
    }

    @Test
    void hugeLearningRateDivergesWithFiniteWeightsAndAnActionableMessage() {
        TrainingData data = new TrainingData(scaled(SyntheticData.linear(200, 0.1, 7), 100),
                SyntheticData.linear(50, 0.1, 8));
        TrainingConfig config = TrainingConfig.defaults(SyntheticData.regressor(3, 8))
                .withOptimizer(OptimizerConfig.sgd(3.0)).withBackend(BackendKind.JAVA);
        Trainer trainer = new Trainer(config, data);
        TrainingOutcome outcome = trainer.run();

        assertEquals(StopReason.DIVERGED, outcome.reason());
        assertEquals(TrainingState.DIVERGED, outcome.state());
        for (float w : trainer.weights()) {
            assertTrue(Float.isFinite(w));
        }
        assertTrue(outcome.message().matches("(loss|a weight) became (NaN|Infinity|-Infinity) at epoch \\d+, "
                + "batch \\d+; the learning rate 3\\.0 is probably too high; try 0\\.03"), outcome.message());
    }

    @Test
    void targetLossStopsTraining() {
        TrainingConfig config = blobConfig().withMaxEpochs(200).withTargetLoss(0.3);
        TrainingOutcome outcome = new Trainer(config, BLOBS).run();

        assertEquals(StopReason.TARGET_LOSS, outcome.reason());
        assertTrue(outcome.lastEpoch().train().loss() <= 0.3);
        assertTrue(outcome.epochs().get(outcome.epochs().size() - 2).train().loss() > 0.3);
    }

    @Test
    void scheduleAndLearningRateChangesShowInTheMetrics() {
        TrainingConfig config = blobConfig().withMaxEpochs(4).withSchedule(ScheduleConfig.step(2, 0.5));
        Trainer trainer = new Trainer(config, BLOBS);
        List<EpochMetrics> epochs = trainer.run().epochs();
        assertEquals(List.of(0.01, 0.01, 0.005, 0.005),
                epochs.stream().map(EpochMetrics::learningRate).toList());

        Trainer changed = new Trainer(blobConfig().withMaxEpochs(2), BLOBS);
        do {
            changed.trainBatch();
        } while (changed.batchInEpoch() < changed.batchesPerEpoch());
        changed.completeEpoch();
        changed.setLearningRate(0.2);
        assertEquals(0.2, changed.learningRate());
        TrainingOutcome outcome = changed.run();
        assertEquals(0.2, outcome.lastEpoch().learningRate());
    }

    @Test
    void regularisationAndClippingStillLearn() {
        TrainingConfig config = blobConfig().withRegularization(new RegularizationConfig(1e-4, 1e-3, 1.0));
        TrainingOutcome outcome = new Trainer(config, BLOBS).run();
        assertTrue(outcome.lastEpoch().validation().accuracy() > 0.9);
    }

    @Test
    void cancellationStopsBetweenBatches() {
        Trainer trainer = new Trainer(blobConfig(), BLOBS);
        int[] asked = {0};
        TrainingOutcome outcome = trainer.run(m -> { }, () -> ++asked[0] > 5);
        assertEquals(StopReason.STOPPED, outcome.reason());
        assertEquals(5, trainer.step());
        assertThrows(IllegalStateException.class, trainer::trainBatch);
    }

    @Test
    void modelThatDoesNotFitTheDataIsRejected() {
        TrainingConfig config = TrainingConfig.defaults(SyntheticData.classifier(2, 4, 8));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(config, BLOBS));
        assertTrue(e.getMessage().contains("does not fit 3 classes"), e.getMessage());
    }

    @Test
    void validationMayBeEmpty() {
        PreparedSplit none = new PreparedSplit(new float[0], 0, 2, new float[0], 1, new int[0], 3);
        TrainingOutcome outcome = new Trainer(blobConfig().withMaxEpochs(2),
                new TrainingData(BLOBS.train(), none)).run();
        assertNull(outcome.lastEpoch().validation());
        assertNotNull(outcome.lastEpoch().train());
        assertFalse(Double.isNaN(outcome.lastEpoch().monitoredLoss()));
    }

    @Test
    void numbersInMessagesAreShort() {
        assertEquals("3.0", Trainer.format(3.0));
        assertEquals("0.03", Trainer.format(0.03));
        assertEquals("0.00123", Trainer.format(0.0012345));
    }

    private static List<Double> losses(TrainingOutcome outcome) {
        return outcome.epochs().stream().map(e -> e.train().loss()).toList();
    }

    /** Targets times 50 plus 1000, like prices. */
    private static PreparedSplit shifted(PreparedSplit split) {
        float[] y = split.targets().clone();
        for (int i = 0; i < y.length; i++) {
            y[i] = y[i] * 50 + 1000;
        }
        return new PreparedSplit(split.features(), split.rows(), split.width(), y, 1, null, 0);
    }

    private static PreparedSplit scaled(PreparedSplit split, float factor) {
        float[] x = split.features().clone();
        for (int i = 0; i < x.length; i++) {
            x[i] *= factor;
        }
        return new PreparedSplit(x, split.rows(), split.width(), split.targets(), split.targetWidth(),
                split.labels(), split.classCount());
    }
}

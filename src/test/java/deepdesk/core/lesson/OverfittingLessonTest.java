package deepdesk.core.lesson;

import deepdesk.core.model.ModelSpec;
import deepdesk.core.training.EpochMetrics;
import deepdesk.core.training.StopReason;
import deepdesk.core.training.Trainer;
import deepdesk.core.training.TrainingOutcome;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverfittingLessonTest {

    private static TrainingOutcome plain;

    @BeforeAll
    static void trainWithoutRemedies() {
        plain = train(OverfittingSettings.defaults());
    }

    private static TrainingOutcome train(OverfittingSettings settings) {
        return new Trainer(OverfittingLesson.config(settings),
                OverfittingLesson.data(settings).trainingData()).run();
    }

    private static EpochMetrics last(TrainingOutcome outcome) {
        return outcome.epochs().get(outcome.epochs().size() - 1);
    }

    private static EpochMetrics bestValidation(TrainingOutcome outcome) {
        EpochMetrics best = outcome.epochs().get(0);
        for (EpochMetrics m : outcome.epochs()) {
            if (m.validation().loss() < best.validation().loss()) {
                best = m;
            }
        }
        return best;
    }

    private static double gap(EpochMetrics m) {
        return m.validation().loss() - m.train().loss();
    }

    @Test
    void withoutRegularisationTheValidationLossRisesWhileTheTrainingLossFalls() {
        EpochMetrics best = bestValidation(plain);
        EpochMetrics end = last(plain);
        assertEquals(OverfittingLesson.MAX_EPOCHS, end.epoch());
        assertTrue(best.epoch() < end.epoch() / 2, "the validation loss is lowest early, at epoch "
                + best.epoch());
        assertTrue(end.train().loss() < best.train().loss() / 10, "training loss goes on falling: "
                + best.train().loss() + " -> " + end.train().loss());
        assertTrue(end.validation().loss() > 3 * best.validation().loss(), "validation loss rises: "
                + best.validation().loss() + " -> " + end.validation().loss());
    }

    @Test
    void l2NarrowsTheGapBetweenTrainingAndValidationLoss() {
        EpochMetrics withL2 = last(train(OverfittingSettings.defaults().withL2(1e-3)));
        assertTrue(gap(withL2) < gap(last(plain)) / 3, "gap with L2 " + gap(withL2)
                + " against " + gap(last(plain)) + " without");
        assertTrue(withL2.validation().loss() < last(plain).validation().loss() / 3);
    }

    @Test
    void earlyStoppingEndsNearTheBestValidationLossWithASmallGap() {
        TrainingOutcome stopped = train(OverfittingSettings.defaults().withEarlyStopping(true, 100));
        EpochMetrics end = last(stopped);
        assertEquals(StopReason.EARLY_STOPPING, stopped.reason());
        assertEquals(bestValidation(stopped).epoch() + 100, end.epoch());
        assertTrue(gap(end) < gap(last(plain)) / 3, "gap with early stopping " + gap(end)
                + " against " + gap(last(plain)) + " without");
    }

    @Test
    void theSameSettingsGiveTheSamePointsAndTheCurveLiesUnderTheNoise() {
        OverfittingSettings settings = OverfittingSettings.defaults();
        OverfittingData a = OverfittingLesson.data(settings);
        OverfittingData b = OverfittingLesson.data(settings);
        assertArrayEquals(a.trainY(), b.trainY());
        assertEquals(settings.trainPoints(), a.trainX().length);
        assertEquals(OverfittingLesson.VALIDATION_POINTS, a.validationX().length);
        OverfittingData clean = OverfittingLesson.data(settings.withNoise(0));
        for (int i = 0; i < clean.trainX().length; i++) {
            assertEquals(Math.sin(3 * clean.trainX()[i]), clean.trainY()[i], 1e-12);
        }
        OverfittingData more = OverfittingLesson.data(settings.withTrainPoints(40));
        assertArrayEquals(a.validationX(), more.validationX(), "validation points stay put");
    }

    @Test
    void theFittedCurveIsTheNetworksForwardPass() {
        ModelSpec line = ModelSpec.forRegression(1, 1, List.of());
        float[][] curve = OverfittingLesson.fittedCurve(line, new float[] {2f, 0.5f}, 5);
        assertArrayEquals(new float[] {-1f, -0.5f, 0f, 0.5f, 1f}, curve[0], 1e-6f);
        assertArrayEquals(new float[] {-1.5f, -0.5f, 0.5f, 1.5f, 2.5f}, curve[1], 1e-6f);
    }

    @Test
    void settingsOutOfRangeAreRefusedByName() {
        OverfittingSettings settings = OverfittingSettings.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> settings.withDropout(0.9));
        assertTrue(e.getMessage().contains("dropout"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> settings.withTrainPoints(1));
        assertThrows(IllegalArgumentException.class, () -> settings.withL2(-1));
    }
}

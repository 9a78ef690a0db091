package deepdesk.core.lesson;

import deepdesk.core.data.synthetic.SyntheticShape;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.PreparedSplit;
import deepdesk.core.training.EpochMetrics;
import deepdesk.core.training.Trainer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaygroundLessonTest {

    @Test
    void eachFeatureIsComputedFromBothCoordinates() {
        assertEquals(1.5, PlaygroundFeature.X1.compute(1.5, -2), 0);
        assertEquals(-2, PlaygroundFeature.X2.compute(1.5, -2), 0);
        assertEquals(2.25, PlaygroundFeature.X1_SQUARED.compute(1.5, -2), 1e-12);
        assertEquals(4, PlaygroundFeature.X2_SQUARED.compute(1.5, -2), 1e-12);
        assertEquals(-3, PlaygroundFeature.X1_TIMES_X2.compute(1.5, -2), 1e-12);
        assertEquals(Math.sin(1.5), PlaygroundFeature.SIN_X1.compute(1.5, -2), 1e-12);
        assertEquals(Math.sin(-2), PlaygroundFeature.SIN_X2.compute(1.5, -2), 1e-12);
        for (PlaygroundFeature feature : PlaygroundFeature.values()) {
            assertEquals(feature, PlaygroundFeature.ofKey(feature.key()));
        }
        assertThrows(IllegalArgumentException.class, () -> PlaygroundFeature.ofKey("cos(x1)"));
    }

    @Test
    void theTrainingRowsHoldTheChosenFeaturesOfTheTrainingPoints() {
        PlaygroundSettings settings = PlaygroundSettings.defaults().withShape(SyntheticShape.XOR)
                .withNoise(0.2).withTrainPercent(30).withFeatures(EnumSet.of(
                        PlaygroundFeature.SIN_X2, PlaygroundFeature.X1_SQUARED,
                        PlaygroundFeature.X1_TIMES_X2));
        PlaygroundData data = PlaygroundLesson.data(settings);
        List<PlaygroundFeature> order = List.of(PlaygroundFeature.X1_SQUARED,
                PlaygroundFeature.X1_TIMES_X2, PlaygroundFeature.SIN_X2);
        assertEquals(order, data.features());
        PreparedSplit train = data.trainingData().train();
        assertEquals(150, train.rows());
        assertEquals(350, data.trainingData().validation().rows());
        assertEquals(3, train.width());
        float[] x1 = data.x1();
        float[] x2 = data.x2();
        boolean[] test = data.test();
        int[] classes = data.classes();
        for (int r = 0; r < train.rows(); r++) {
            int match = -1;
            for (int i = 0; i < x1.length && match < 0; i++) {
                if (!test[i] && train.features()[r * 3] == (float) ((double) x1[i] * x1[i])
                        && train.features()[r * 3 + 1] == (float) ((double) x1[i] * x2[i])
                        && train.features()[r * 3 + 2] == (float) Math.sin(x2[i])) {
                    match = i;
                }
            }
            assertTrue(match >= 0, "training row " + r + " is a training point's features");
            assertEquals(classes[match], train.labels()[r]);
        }
    }

    @Test
    void theSameSettingsGiveTheSameSplit() {
        PlaygroundSettings settings = PlaygroundSettings.defaults().withShape(SyntheticShape.SPIRAL);
        assertArrayEquals(PlaygroundLesson.data(settings).test(), PlaygroundLesson.data(settings).test());
        assertArrayEquals(PlaygroundLesson.data(settings).trainingData().train().features(),
                PlaygroundLesson.data(settings).trainingData().train().features());
    }

    @Test
    void squaredFeaturesLetANetworkWithoutHiddenLayersLearnTheCircle() {
        PlaygroundSettings settings = PlaygroundSettings.defaults().withHiddenLayers(List.of())
                .withFeatures(EnumSet.of(PlaygroundFeature.X1_SQUARED, PlaygroundFeature.X2_SQUARED));
        Trainer trainer = new Trainer(PlaygroundLesson.config(settings).withMaxEpochs(100),
                PlaygroundLesson.data(settings).trainingData());
        List<EpochMetrics> epochs = trainer.run().epochs();
        EpochMetrics last = epochs.get(epochs.size() - 1);
        assertTrue(last.validation().accuracy() > 0.95, "test accuracy " + last.validation().accuracy());
        assertTrue(last.validation().loss() < epochs.get(0).validation().loss());
    }

    @Test
    void theSurfaceIsTheNetworksOutputAtEachGridPoint() {
        ModelSpec line = ModelSpec.forRegression(1, 1, List.of());
        PlaygroundSurface surface = PlaygroundSurface.compute(3, 5, line, new float[] {0.5f, 1f},
                List.of(PlaygroundFeature.X1_SQUARED), 5);
        assertEquals(25, surface.output().length);
        for (int row = 0; row < 5; row++) {
            for (int column = 0; column < 5; column++) {
                double x1 = -6 + 3 * column;
                assertEquals(0.5 * x1 * x1 + 1, surface.output()[row * 5 + column], 1e-5);
            }
        }
        PlaygroundSettings settings = PlaygroundSettings.defaults().withHiddenLayers(List.of(3, 2));
        ModelSpec spec = PlaygroundLesson.model(settings);
        PlaygroundSurface neurons = PlaygroundSurface.compute(1, 0, spec,
                new float[spec.parameterCount()], settings.orderedFeatures(), 4);
        assertEquals(2, neurons.neurons().length);
        assertEquals(3, neurons.neurons()[0].length);
        assertEquals(2, neurons.neurons()[1].length);
        assertEquals(16, neurons.neurons()[1][0].length);
        assertEquals(0.5f, neurons.output()[7], 1e-6f, "zero weights give a sigmoid of 0.5");
    }

    @Test
    void theInputWidthFollowsTheChosenFeatures() {
        PlaygroundSettings settings = PlaygroundSettings.defaults();
        assertEquals(2, PlaygroundLesson.model(settings).inputWidth());
        assertEquals(5, PlaygroundLesson.model(settings.withFeatures(EnumSet.of(PlaygroundFeature.X1,
                PlaygroundFeature.X2, PlaygroundFeature.X1_SQUARED, PlaygroundFeature.X2_SQUARED,
                PlaygroundFeature.SIN_X1))).inputWidth());
        assertThrows(IllegalArgumentException.class, () -> settings.withFeatures(Set.of()));
        assertThrows(IllegalArgumentException.class, () -> settings.withHiddenLayers(List.of(9)));
    }
}

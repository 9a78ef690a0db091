package deepdesk.ui.learn;

import deepdesk.core.lesson.PlaygroundFeature;
import deepdesk.core.lesson.PlaygroundSettings;
import deepdesk.core.training.TrainingService;
import deepdesk.ui.common.Debouncer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaygroundLessonViewModelTest {

    private final PlaygroundLessonViewModel model = new PlaygroundLessonViewModel(new TrainingService(),
            Runnable::run, Runnable::run, Debouncer.immediate());

    @AfterEach
    void stop() {
        model.dispose();
    }

    @Test
    void theLastFeatureCannotBeTurnedOff() {
        assertTrue(model.setFeature(PlaygroundFeature.X1, false));
        assertFalse(model.setFeature(PlaygroundFeature.X2, false));
        assertTrue(model.featureProperty(PlaygroundFeature.X2).get());
        assertEquals(1, model.pictureProperty().get().layerSizes()[0]);
    }

    @Test
    void layersAndNeuronsStayWithinPlaygroundsLimits() {
        for (int i = 0; i < 10; i++) {
            model.addLayer();
            model.addNeuron(0);
            model.removeNeuron(1);
        }
        PlaygroundSettings settings = model.settings();
        assertEquals(PlaygroundSettings.MAX_LAYERS, settings.hiddenLayers().size());
        assertEquals(PlaygroundSettings.MAX_NEURONS, settings.hiddenLayers().get(0));
        assertEquals(1, settings.hiddenLayers().get(1));
        for (int i = 0; i < 10; i++) {
            model.removeLayer();
        }
        assertTrue(model.settings().hiddenLayers().isEmpty());
        assertEquals(2, model.pictureProperty().get().layerSizes().length, "inputs straight to the output");
    }

    @Test
    void eachChangeStartsARunWithTheNewSettings() {
        assertEquals(0, model.runCount(), "nothing trains before the lesson is shown or changed");
        model.noiseProperty().set(0.2);
        assertEquals(1, model.runCount());
        model.setFeature(PlaygroundFeature.SIN_X1, true);
        assertEquals(2, model.runCount());
        assertEquals(3, model.dataProperty().get().trainingData().train().width());
        assertEquals(List.of(PlaygroundFeature.X1, PlaygroundFeature.X2, PlaygroundFeature.SIN_X1),
                model.dataProperty().get().features());
    }
}

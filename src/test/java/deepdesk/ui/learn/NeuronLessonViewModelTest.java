package deepdesk.ui.learn;

import deepdesk.core.model.Activation;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NeuronLessonViewModelTest {

    @Test
    void changingTheActivationRecomputesTheOutput() {
        NeuronLessonViewModel model = new NeuronLessonViewModel(Runnable::run, Runnable::run);
        assertEquals(Activation.TANH, model.pictureProperty().get().kind());
        assertTrue(model.pictureProperty().get().low() < 0);
        model.activationProperty().set(Activation.RELU);
        NeuronLessonViewModel.Picture relu = model.pictureProperty().get();
        assertEquals(Activation.RELU, relu.kind());
        assertEquals(0f, relu.low());
        assertEquals(NeuronLessonViewModel.GRID * NeuronLessonViewModel.GRID, relu.grid().length);
    }

    @Test
    void theFormulaCarriesTheWeights() {
        assertEquals("a = \\tanh(z),\\quad z = w_1 x_1 + w_2 x_2 + b = 1.50\\,x_1 - 0.25\\,x_2 + 0.00",
                NeuronLessonViewModel.formula(Activation.TANH, 1.5, -0.25, 0));
    }

    @Test
    void settingsRoundTripAndAnOutOfRangeWeightIsRefused() {
        NeuronLessonViewModel model = new NeuronLessonViewModel(Runnable::run, Runnable::run);
        model.activationProperty().set(Activation.SIGMOID);
        model.w1Property().set(-2.25);
        model.biasProperty().set(0.5);
        NeuronLessonViewModel other = new NeuronLessonViewModel(Runnable::run, Runnable::run);
        other.applySettings(model.settings());
        assertEquals(model.settings(), other.settings());
        assertEquals(Activation.SIGMOID, other.pictureProperty().get().kind());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> other.applySettings(Map.of("w2", "12")));
        assertTrue(e.getMessage().contains("w2 = \"12\""), e.getMessage());
        assertEquals(model.settings(), other.settings());
    }
}

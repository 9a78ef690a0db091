package deepdesk.ui.learn;

import deepdesk.core.model.Activation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}

package deepdesk.core.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelSpecTest {

    @Test
    void jsonRoundTripKeepsEveryField() {
        ModelSpec spec = new ModelSpec(7, List.of(new LayerSpec(16, Activation.GELU, 0.25),
                LayerSpec.of(4, Activation.SINE)), 3, OutputKind.SOFTMAX, LossKind.SOFTMAX_CROSS_ENTROPY,
                Initializer.HE_NORMAL);
        String json = spec.toJson();
        assertEquals(spec, ModelSpec.fromJson(json));
        assertTrue(json.contains("\"GELU\""), json);
    }

    @Test
    void zeroHiddenLayersIsLinearRegression() {
        ModelSpec spec = ModelSpec.forRegression(4, 1, List.of());
        assertEquals(5, spec.parameterCount());
        assertEquals(ModelSpec.fromJson(spec.toJson()), spec);
    }

    @Test
    void parameterCountSumsWeightsAndBiases() {
        ModelSpec spec = ModelSpec.forClassification(784, 10, List.of(LayerSpec.of(256, Activation.RELU),
                LayerSpec.of(128, Activation.RELU)));
        assertEquals(784 * 256 + 256 + 256 * 128 + 128 + 128 * 10 + 10, spec.parameterCount());
        assertEquals(1, spec.targetWidth());
    }

    @Test
    void twoClassesGetOneSigmoidOutput() {
        ModelSpec spec = ModelSpec.forClassification(3, 2, List.of());
        assertEquals(OutputKind.SIGMOID, spec.output());
        assertEquals(LossKind.BINARY_CROSS_ENTROPY, spec.loss());
        assertEquals(1, spec.outputWidth());
    }

    @Test
    void mismatchedLossAndOutputIsRejectedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ModelSpec(2, List.of(), 3,
                OutputKind.LINEAR, LossKind.SOFTMAX_CROSS_ENTROPY, Initializer.ZEROS));
        assertTrue(e.getMessage().contains("softmax"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LayerSpec(4, Activation.RELU, 1.0));
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.fromJson("{\"inputWidth\": 0}"));
    }

    @Test
    void configurationsValidateTheirRanges() {
        assertThrows(IllegalArgumentException.class, () -> OptimizerConfig.sgd(0));
        assertThrows(IllegalArgumentException.class, () -> new RegularizationConfig(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> ScheduleConfig.step(0, 0.5));
        assertEquals(0.5, OptimizerConfig.adam(0.001).withLearningRate(0.5).learningRate());
    }
}

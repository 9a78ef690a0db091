package deepdesk.core.engine;

import deepdesk.core.model.Initializer;
import deepdesk.core.model.LossKind;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OutputKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LossFunctionTest {

    static Stream<Arguments> combinations() {
        return Stream.of(
                Arguments.of(OutputKind.LINEAR, LossKind.MSE, 3),
                Arguments.of(OutputKind.LINEAR, LossKind.MAE, 3),
                Arguments.of(OutputKind.LINEAR, LossKind.HUBER, 3),
                Arguments.of(OutputKind.SIGMOID, LossKind.BINARY_CROSS_ENTROPY, 1),
                Arguments.of(OutputKind.SIGMOID, LossKind.BINARY_CROSS_ENTROPY, 3),
                Arguments.of(OutputKind.SIGMOID, LossKind.MSE, 2),
                Arguments.of(OutputKind.SOFTMAX, LossKind.SOFTMAX_CROSS_ENTROPY, 4),
                Arguments.of(OutputKind.SOFTMAX, LossKind.MSE, 4),
                Arguments.of(OutputKind.TANH, LossKind.MSE, 1),
                Arguments.of(OutputKind.TANH, LossKind.HUBER, 2));
    }

    private static float[] targetsFor(OutputKind output, int rows, int width, RandomSource rng) {
        int targetWidth = output == OutputKind.SOFTMAX ? 1 : width;
        float[] y = new float[rows * targetWidth];
        for (int i = 0; i < y.length; i++) {
            y[i] = switch (output) {
                case SOFTMAX -> rng.nextInt(width);
                case SIGMOID -> rng.nextInt(2);
                case TANH -> rng.nextInt(2) * 2 - 1;
                case LINEAR -> (float) (3 * rng.nextGaussian());
            };
        }
        return y;
    }

    @ParameterizedTest
    @MethodSource("combinations")
    void gradientMatchesFiniteDifferences(OutputKind output, LossKind loss, int width) {
        ModelSpec spec = new ModelSpec(2, List.of(), width, output, loss, Initializer.ZEROS);
        LossFunction function = new LossFunction(spec);
        RandomSource rng = new RandomSource(17);
        int rows = 5;
        float[] logits = new float[rows * width];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) (2 * rng.nextGaussian());
        }
        float[] targets = targetsFor(output, rows, width, rng);
        float[] gradient = new float[logits.length];
        function.compute(logits, targets, rows, null, gradient);
        float h = 1e-3f;
        for (int i = 0; i < logits.length; i++) {
            float saved = logits[i];
            logits[i] = saved + h;
            double up = function.compute(logits, targets, rows, null, null);
            logits[i] = saved - h;
            double down = function.compute(logits, targets, rows, null, null);
            logits[i] = saved;
            double numeric = (up - down) / ((double) (saved + h) - (double) (saved - h));
            assertEquals(numeric, gradient[i], 2e-4 + 1e-3 * Math.abs(numeric),
                    output + "/" + loss + " logit " + i);
        }
    }

    @Test
    void crossEntropiesStayFiniteForHugeLogits() {
        ModelSpec softmax = new ModelSpec(2, List.of(), 3, OutputKind.SOFTMAX, LossKind.SOFTMAX_CROSS_ENTROPY,
                Initializer.ZEROS);
        float[] logits = {1000f, -1000f, 0f};
        float[] gradient = new float[3];
        double loss = new LossFunction(softmax).compute(logits, new float[] {1f}, 1, null, gradient);
        assertEquals(2000, loss, 1e-9);
        assertEquals(1f, gradient[0], 1e-6);
        assertEquals(-1f, gradient[1], 1e-6);

        ModelSpec binary = new ModelSpec(2, List.of(), 1, OutputKind.SIGMOID, LossKind.BINARY_CROSS_ENTROPY,
                Initializer.ZEROS);
        double bce = new LossFunction(binary).compute(new float[] {-500f}, new float[] {1f}, 1, null, gradient);
        assertEquals(500, bce, 1e-9);
        assertTrue(Double.isFinite(bce));
    }

    @Test
    void softmaxOutputsAreProbabilities() {
        ModelSpec spec = new ModelSpec(2, List.of(), 3, OutputKind.SOFTMAX, LossKind.SOFTMAX_CROSS_ENTROPY,
                Initializer.ZEROS);
        float[] out = new float[3];
        new LossFunction(spec).outputs(new float[] {1f, 2f, 3f}, 1, out);
        assertEquals(1.0, out[0] + out[1] + out[2], 1e-6);
        assertEquals(Math.exp(3) / (Math.exp(1) + Math.exp(2) + Math.exp(3)), out[2], 1e-6);
    }
}

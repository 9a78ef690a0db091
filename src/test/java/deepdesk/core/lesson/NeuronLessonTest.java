package deepdesk.core.lesson;

import deepdesk.core.model.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NeuronLessonTest {

    @ParameterizedTest
    @EnumSource(Activation.class)
    void theDerivativeCurveIsTheSlopeOfTheActivationCurve(Activation kind) {
        float[][] curve = NeuronLesson.curve(kind, -4, 4, 801);
        float[] z = curve[0];
        float[] a = curve[1];
        float[] slope = curve[2];
        for (int i = 1; i < z.length - 1; i++) {
            if (Math.abs(z[i]) < 0.02) {
                continue;
            }
            double numeric = (a[i + 1] - a[i - 1]) / (double) (z[i + 1] - z[i - 1]);
            assertEquals(numeric, slope[i], 2e-3, kind + " at z = " + z[i]);
        }
    }

    @Test
    void aReluNeuronIsZeroOnOneSideOfItsLine() {
        float[] grid = NeuronLesson.outputGrid(Activation.RELU, 1, 0, 0, 2, 5);
        assertEquals(0f, grid[0]);
        assertEquals(2f, grid[4], 1e-6);
        assertEquals(2f, grid[24], 1e-6);
        assertEquals(0f, grid[20]);
        float[] shifted = NeuronLesson.outputGrid(Activation.LINEAR, 0, 1, 0.5, 2, 5);
        assertEquals(-1.5f, shifted[0], 1e-6);
        assertEquals(2.5f, shifted[24], 1e-6);
    }
}

package deepdesk.core.engine;

import deepdesk.core.model.Activation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActivationFunctionTest {

    /** Points away from the kinks of ReLU, leaky ReLU and ELU at 0, where no derivative exists. */
    private static final double[] POINTS = {-9.5, -4, -2.2, -1, -0.4, -0.05, 0.003, 0.07, 0.5, 1.3, 2.7, 5, 11};

    @ParameterizedTest
    @EnumSource(Activation.class)
    void derivativeMatchesFiniteDifferences(Activation kind) {
        double h = 1e-6;
        for (double z : POINTS) {
            double numeric = (ActivationFunction.value(kind, z + h) - ActivationFunction.value(kind, z - h)) / (2 * h);
            assertEquals(numeric, ActivationFunction.derivative(kind, z), 1e-7 * Math.max(1, Math.abs(numeric)),
                    kind + " at " + z);
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void floatLoopsMatchTheDoubleReference(Activation kind) {
        int n = 2001;
        float[] z = new float[n];
        for (int i = 0; i < n; i++) {
            z[i] = (float) (-12 + 24.0 * i / (n - 1));
        }
        float[] a = new float[n];
        ActivationFunction.forward(kind, z, a, n);
        float[] grad = new float[n];
        Arrays.fill(grad, 1.5f);
        ActivationFunction.backward(kind, z, a, grad, n);
        for (int i = 0; i < n; i++) {
            double value = ActivationFunction.value(kind, z[i]);
            assertEquals(value, a[i], 1e-6 * Math.max(1, Math.abs(value)), kind + " value at " + z[i]);
            double slope = 1.5 * ActivationFunction.derivative(kind, z[i]);
            assertEquals(slope, grad[i], 2e-6 * Math.max(1, Math.abs(slope)), kind + " slope at " + z[i]);
        }
    }
}

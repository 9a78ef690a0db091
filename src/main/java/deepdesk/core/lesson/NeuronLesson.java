package deepdesk.core.lesson;

import deepdesk.core.engine.ActivationFunction;
import deepdesk.core.model.Activation;
import java.util.Arrays;

/**
 * Lesson 2: one neuron a = f(w₁x₁ + w₂x₂ + b). It samples an activation function and its
 * derivative along z, and the neuron's output over a square of the (x₁, x₂) plane, with the
 * engine's own activation code (the same loops a network runs).
 *
 * <p>Threading: stateless; any thread.
 */
public final class NeuronLesson {

    private NeuronLesson() {
    }

    /**
     * The activation and its derivative at {@code points} evenly spaced values of z.
     *
     * @return {z values, f(z), f'(z)}
     */
    public static float[][] curve(Activation kind, double zMin, double zMax, int points) {
        float[] z = new float[points];
        for (int i = 0; i < points; i++) {
            z[i] = (float) (zMin + (zMax - zMin) * i / (points - 1));
        }
        float[] a = new float[points];
        ActivationFunction.forward(kind, z, a, points);
        float[] slope = new float[points];
        Arrays.fill(slope, 1f);
        ActivationFunction.backward(kind, z, a, slope, points);
        return new float[][] {z, a, slope};
    }

    /**
     * The neuron's output over a square grid of inputs.
     *
     * @param extent the grid covers -extent..extent on both axes
     * @param size   cells per side
     * @return row-major outputs, {@code size * size}; row 0 is x₂ = -extent
     */
    public static float[] outputGrid(Activation kind, double w1, double w2, double b, double extent,
                                     int size) {
        int n = size * size;
        float[] z = new float[n];
        for (int r = 0; r < size; r++) {
            double x2 = -extent + 2 * extent * r / (size - 1);
            for (int c = 0; c < size; c++) {
                double x1 = -extent + 2 * extent * c / (size - 1);
                z[r * size + c] = (float) (w1 * x1 + w2 * x2 + b);
            }
        }
        float[] a = new float[n];
        ActivationFunction.forward(kind, z, a, n);
        return a;
    }
}

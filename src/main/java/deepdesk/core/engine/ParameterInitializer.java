package deepdesk.core.engine;

import deepdesk.core.model.Initializer;

import java.util.Arrays;

/**
 * Fills a parameter array with initial weights and biases according to an {@link Initializer}.
 *
 * <p>Threading: stateless; the random source passed in belongs to the caller's thread.
 */
public final class ParameterInitializer {

    private ParameterInitializer() {
    }

    /**
     * Overwrites every parameter of {@code params}.
     *
     * @param kind   the initialiser
     * @param layout where the layers sit
     * @param params receives the values
     * @param rng    the random source (weights are drawn layer by layer, in layout order)
     */
    public static void initialize(Initializer kind, ParameterLayout layout, float[] params, RandomSource rng) {
        for (int l = 0; l < layout.layerCount(); l++) {
            int in = layout.inputs(l);
            int out = layout.units(l);
            int w = layout.weightOffset(l);
            int count = layout.weightCount(l);
            switch (kind) {
                case GLOROT_UNIFORM -> uniform(params, w, count, Math.sqrt(6.0 / (in + out)), rng);
                case GLOROT_NORMAL -> normal(params, w, count, Math.sqrt(2.0 / (in + out)), rng);
                case HE_UNIFORM -> uniform(params, w, count, Math.sqrt(6.0 / in), rng);
                case HE_NORMAL -> normal(params, w, count, Math.sqrt(2.0 / in), rng);
                case PLAYGROUND -> uniform(params, w, count, 0.5, rng);
                case ZEROS -> Arrays.fill(params, w, w + count, 0f);
                default -> throw new IllegalStateException("unknown initializer " + kind);
            }
            float bias = kind == Initializer.PLAYGROUND ? 0.1f : 0f;
            int b = layout.biasOffset(l);
            Arrays.fill(params, b, b + out, bias);
        }
    }

    private static void uniform(float[] p, int from, int count, double limit, RandomSource rng) {
        for (int i = from; i < from + count; i++) {
            p[i] = (float) ((2 * rng.nextDouble() - 1) * limit);
        }
    }

    private static void normal(float[] p, int from, int count, double std, RandomSource rng) {
        for (int i = from; i < from + count; i++) {
            p[i] = (float) (rng.nextGaussian() * std);
        }
    }
}

package deepdesk.core.engine;

import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.OptimizerKind;

import java.util.Arrays;

/**
 * Adam, and AdamW with decoupled weight decay, with bias correction of both running means.
 * The state is the two means followed by the step count.
 *
 * <p>Threading: not thread-safe; one owner thread.
 */
final class AdamOptimizer implements Optimizer {

    private static final float TINY = 1e-30f;

    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final float weightDecay;
    private final float[] mean;
    private final float[] meanSquare;
    private long steps;

    AdamOptimizer(OptimizerConfig config, int parameterCount) {
        beta1 = (float) config.beta1();
        beta2 = (float) config.beta2();
        epsilon = (float) config.epsilon();
        weightDecay = config.kind() == OptimizerKind.ADAMW ? (float) config.weightDecay() : 0f;
        mean = new float[parameterCount];
        meanSquare = new float[parameterCount];
    }

    @Override
    public void update(float[] params, float[] gradientSum, float gradientScale, float learningRate) {
        steps++;
        double correction1 = 1 - Math.pow(beta1, steps);
        double correction2 = 1 - Math.pow(beta2, steps);
        float stepSize = (float) (learningRate / correction1);
        float inverseRoot2 = (float) (1 / Math.sqrt(correction2));
        float decay = 1f - learningRate * weightDecay;
        float b1 = beta1;
        float b2 = beta2;
        float eps = epsilon;
        float[] m = mean;
        float[] v = meanSquare;
        int n = params.length;
        for (int i = 0; i < n; i++) {
            float g = gradientScale * gradientSum[i];
            float mi = flushTiny(b1 * m[i] + (1f - b1) * g);
            float vi = flushTiny(b2 * v[i] + (1f - b2) * g * g);
            m[i] = mi;
            v[i] = vi;
            float denominator = (float) Math.sqrt(vi) * inverseRoot2 + eps;
            params[i] = params[i] * decay - stepSize * mi / denominator;
        }
    }

    /**
     * The value with magnitudes below about 1e-37 rounded to zero. A parameter whose gradient
     * stays zero (a dead ReLU unit) has running means that decay geometrically into subnormal
     * floats, and subnormal arithmetic makes the whole update many times slower.
     */
    static float flushTiny(float value) {
        // decision: adding and removing 1e-30 rounds every subnormal to zero and leaves larger
        // values within one ulp; unlike a comparison it keeps the update loops vectorisable.
        return (value + TINY) - TINY;
    }

    @Override
    public float[] exportState() {
        int n = mean.length;
        float[] state = new float[2 * n + 1];
        System.arraycopy(mean, 0, state, 0, n);
        System.arraycopy(meanSquare, 0, state, n, n);
        state[2 * n] = steps;
        return state;
    }

    @Override
    public void importState(float[] state) {
        int n = mean.length;
        if (state.length != 2 * n + 1) {
            throw new IllegalArgumentException("state of length " + state.length + ", expected " + (2 * n + 1));
        }
        System.arraycopy(state, 0, mean, 0, n);
        System.arraycopy(state, n, meanSquare, 0, n);
        steps = (long) state[2 * n];
    }

    @Override
    public void reset() {
        Arrays.fill(mean, 0f);
        Arrays.fill(meanSquare, 0f);
        steps = 0;
    }
}

package deepdesk.core.engine;

import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.OptimizerKind;

import java.util.Arrays;

/**
 * RMSProp (running mean of squared gradients) and Adagrad (running sum of squared gradients):
 * each parameter's step is divided by the root of its accumulated squared gradient.
 *
 * <p>Threading: not thread-safe; one owner thread.
 */
final class SquaredGradientOptimizer implements Optimizer {

    private final boolean adagrad;
    private final float rho;
    private final float epsilon;
    private final float[] accumulated;

    SquaredGradientOptimizer(OptimizerConfig config, int parameterCount) {
        adagrad = config.kind() == OptimizerKind.ADAGRAD;
        rho = (float) config.rho();
        epsilon = (float) config.epsilon();
        accumulated = new float[parameterCount];
    }

    @Override
    public void update(float[] params, float[] gradientSum, float gradientScale, float learningRate) {
        float[] s = accumulated;
        float eps = epsilon;
        int n = params.length;
        float keep = adagrad ? 1f : rho;
        float add = adagrad ? 1f : 1f - rho;
        for (int i = 0; i < n; i++) {
            float g = gradientScale * gradientSum[i];
            float si = AdamOptimizer.flushTiny(keep * s[i] + add * g * g);
            s[i] = si;
            params[i] -= learningRate * g / ((float) Math.sqrt(si) + eps);
        }
    }

    @Override
    public float[] exportState() {
        return accumulated.clone();
    }

    @Override
    public void importState(float[] state) {
        if (state.length != accumulated.length) {
            throw new IllegalArgumentException("state of length " + state.length + ", expected " + accumulated.length);
        }
        System.arraycopy(state, 0, accumulated, 0, state.length);
    }

    @Override
    public void reset() {
        Arrays.fill(accumulated, 0f);
    }
}

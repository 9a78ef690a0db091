package deepdesk.core.engine;

import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.OptimizerKind;

import java.util.Arrays;

/**
 * SGD, with classical or Nesterov momentum (PyTorch's formulation: {@code v = mu v + g}; the
 * step is {@code lr v}, or {@code lr (g + mu v)} for Nesterov).
 *
 * <p>Threading: not thread-safe; one owner thread.
 */
final class MomentumOptimizer implements Optimizer {

    private final OptimizerKind kind;
    private final float momentum;
    private final float[] velocity;

    MomentumOptimizer(OptimizerConfig config, int parameterCount) {
        this.kind = config.kind();
        this.momentum = kind == OptimizerKind.SGD ? 0f : (float) config.momentum();
        this.velocity = kind == OptimizerKind.SGD ? new float[0] : new float[parameterCount];
    }

    @Override
    public void update(float[] params, float[] gradientSum, float gradientScale, float learningRate) {
        int n = params.length;
        if (kind == OptimizerKind.SGD) {
            float step = learningRate * gradientScale;
            for (int i = 0; i < n; i++) {
                params[i] -= step * gradientSum[i];
            }
            return;
        }
        float mu = momentum;
        float[] v = velocity;
        if (kind == OptimizerKind.MOMENTUM) {
            for (int i = 0; i < n; i++) {
                float vi = AdamOptimizer.flushTiny(mu * v[i] + gradientScale * gradientSum[i]);
                v[i] = vi;
                params[i] -= learningRate * vi;
            }
        } else {
            for (int i = 0; i < n; i++) {
                float g = gradientScale * gradientSum[i];
                float vi = AdamOptimizer.flushTiny(mu * v[i] + g);
                v[i] = vi;
                params[i] -= learningRate * (g + mu * vi);
            }
        }
    }

    @Override
    public float[] exportState() {
        return velocity.clone();
    }

    @Override
    public void importState(float[] state) {
        if (state.length != velocity.length) {
            throw new IllegalArgumentException("state of length " + state.length + ", expected " + velocity.length);
        }
        System.arraycopy(state, 0, velocity, 0, state.length);
    }

    @Override
    public void reset() {
        Arrays.fill(velocity, 0f);
    }
}

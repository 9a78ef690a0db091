package deepdesk.core.engine;

import deepdesk.core.model.RegularizationConfig;

/**
 * The L1 and L2 penalties on the weights (never the biases): {@code l1 * sum|w| + l2 * sum w^2},
 * added to the mean data loss.
 *
 * <p>Threading: immutable; safe from any thread (the arrays passed in belong to the caller).
 */
public final class Regularization {

    private final float l1;
    private final float l2;
    private final ParameterLayout layout;

    /** The penalties of {@code config} for a network with {@code layout}. */
    public Regularization(RegularizationConfig config, ParameterLayout layout) {
        this.l1 = (float) config.l1();
        this.l2 = (float) config.l2();
        this.layout = layout;
    }

    /** Whether any penalty is on. */
    public boolean isActive() {
        return l1 > 0 || l2 > 0;
    }

    /** The penalty for the current weights, to add to the mean data loss. */
    public double penalty(float[] params) {
        if (!isActive()) {
            return 0;
        }
        double abs = 0;
        double squares = 0;
        for (int l = 0; l < layout.layerCount(); l++) {
            int from = layout.weightOffset(l);
            int to = from + layout.weightCount(l);
            for (int i = from; i < to; i++) {
                abs += Math.abs(params[i]);
                squares += (double) params[i] * params[i];
            }
        }
        return l1 * abs + l2 * squares;
    }

    /**
     * Adds the penalty's gradient to a gradient of SUMMED row losses: since that sum covers
     * {@code rows} rows and the penalty belongs to the mean, the penalty gradient is added
     * {@code rows} times.
     *
     * @param params      the parameters
     * @param gradientSum the summed data-loss gradient, updated in place
     * @param rows        number of rows the gradient sums over
     */
    public void addGradient(float[] params, float[] gradientSum, int rows) {
        if (!isActive()) {
            return;
        }
        float a = l1 * rows;
        float b = 2f * l2 * rows;
        for (int l = 0; l < layout.layerCount(); l++) {
            int from = layout.weightOffset(l);
            int to = from + layout.weightCount(l);
            for (int i = from; i < to; i++) {
                float w = params[i];
                gradientSum[i] += a * Math.signum(w) + b * w;
            }
        }
    }
}

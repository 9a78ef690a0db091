package deepdesk.core.engine;

import deepdesk.core.model.OptimizerConfig;

/**
 * Applies one update to the flat parameter array from a summed gradient, keeping its own state
 * (momentum, running means) in arrays of the same length.
 *
 * <p>Threading: not thread-safe; one owner thread.
 */
public interface Optimizer {

    /**
     * Builds the optimiser of {@code config} for {@code parameterCount} parameters.
     *
     * @param config         kind and settings
     * @param parameterCount length of the parameter array it will update
     */
    static Optimizer create(OptimizerConfig config, int parameterCount) {
        return switch (config.kind()) {
            case SGD, MOMENTUM, NESTEROV -> new MomentumOptimizer(config, parameterCount);
            case ADAM, ADAMW -> new AdamOptimizer(config, parameterCount);
            case RMSPROP, ADAGRAD -> new SquaredGradientOptimizer(config, parameterCount);
        };
    }

    /**
     * Updates {@code params} in place.
     *
     * @param params        the parameters
     * @param gradientSum   the summed gradient (as from {@link Network#computeGradients} plus any
     *                      regularisation); not modified
     * @param gradientScale multiplies the gradient first, usually {@code 1 / batchRows}
     * @param learningRate  the learning rate for this step (after any schedule)
     */
    void update(float[] params, float[] gradientSum, float gradientScale, float learningRate);

    /** A copy of the internal state (for parameter averaging or saving). */
    float[] exportState();

    /** Replaces the internal state by a copy of one returned by {@link #exportState()}. */
    void importState(float[] state);

    /** Forgets all state, as if newly created. */
    void reset();
}

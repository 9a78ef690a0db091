package deepdesk.core.training;

import deepdesk.core.engine.GradientClipping;
import deepdesk.core.engine.Optimizer;
import deepdesk.core.engine.ParameterLayout;
import deepdesk.core.engine.Regularization;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.RegularizationConfig;

/**
 * The second half of a training step: given the gradient of the summed data loss over some rows
 * (from one batch, or summed over the shards of a data-parallel step), add the regularisation
 * gradient, clip, let the optimiser update the weights and check that every weight is still
 * finite. When one is not, the weights are put back as they were before the update.
 *
 * <p>Threading: not thread-safe; used by the thread that owns the weights.
 */
public final class UpdateStep {

    private final Regularization regularization;
    private final double clipNorm;
    private final Optimizer optimizer;
    private final float[] before;
    private String problem;

    /**
     * @param optimizer      the optimiser and its settings
     * @param regularization penalties and clipping
     * @param layout         where the weights (penalised) and biases (not) sit
     */
    public UpdateStep(OptimizerConfig optimizer, RegularizationConfig regularization, ParameterLayout layout) {
        this.regularization = new Regularization(regularization, layout);
        this.clipNorm = regularization.clipNorm();
        this.optimizer = Optimizer.create(optimizer, layout.size());
        this.before = new float[layout.size()];
    }

    /**
     * Updates {@code parameters} in place.
     *
     * @param parameters   the weights, updated
     * @param gradientSum  the gradient of the summed data loss over {@code rows} rows; changed
     * @param rows         how many rows the gradient sums over
     * @param learningRate the rate of this step
     * @return whether every weight is finite afterwards; when not, the weights are unchanged and
     *         {@link #problem()} says what went wrong
     */
    public boolean apply(float[] parameters, float[] gradientSum, int rows, double learningRate) {
        regularization.addGradient(parameters, gradientSum, rows);
        if (clipNorm > 0) {
            GradientClipping.clipByNorm(gradientSum, clipNorm, 1.0 / rows);
        }
        System.arraycopy(parameters, 0, before, 0, parameters.length);
        optimizer.update(parameters, gradientSum, 1f / rows, (float) learningRate);
        if (allFinite(parameters)) {
            return true;
        }
        problem = "a weight became " + firstNonFinite(parameters);
        System.arraycopy(before, 0, parameters, 0, parameters.length);
        return false;
    }

    /** A copy of the optimiser's state (momenta, running means, step count). */
    public float[] optimizerState() {
        return optimizer.exportState();
    }

    /** Replaces the optimiser's state by a copy of one from {@link #optimizerState()}. */
    public void setOptimizerState(float[] state) {
        optimizer.importState(state);
    }

    /** What the last failed {@link #apply} found, such as "a weight became NaN". */
    public String problem() {
        return problem;
    }

    private static boolean allFinite(float[] values) {
        // 0 * x is NaN exactly when x is NaN or infinite, so one sum checks the whole array.
        float probe = 0f;
        for (float v : values) {
            probe += v * 0f;
        }
        return probe == 0f;
    }

    private static String firstNonFinite(float[] values) {
        for (float v : values) {
            if (!Float.isFinite(v)) {
                return Float.toString(v);
            }
        }
        return "not finite";
    }
}

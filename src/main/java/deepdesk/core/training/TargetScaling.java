package deepdesk.core.training;

import deepdesk.core.engine.ParameterLayout;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OutputKind;
import deepdesk.core.prep.PreparedSplit;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Standardises regression targets for training and undoes it afterwards.
 *
 * <p>decision: a network with a linear output trains on targets standardised with the training
 * split's mean and standard deviation, so that the default learning rate suits any unit (miles
 * per gallon or dollars). Because the output layer is linear, the scaling folds exactly into its
 * weights and biases: every weight array handed out of the trainer predicts in the original units.
 *
 * <p>Threading: immutable. Serializable, to travel between machines.
 */
public final class TargetScaling implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double[] means;
    private final double[] deviations;

    private TargetScaling(double[] means, double[] deviations) {
        this.means = means;
        this.deviations = deviations;
    }

    /**
     * The scaling for training {@code spec} on {@code train}: identity unless it is a regression
     * with a linear output, or when {@code train} is null.
     */
    static TargetScaling fit(ModelSpec spec, PreparedSplit train) {
        int width = spec.targetWidth();
        double[] means = new double[width];
        double[] deviations = new double[width];
        Arrays.fill(deviations, 1);
        if (train == null || train.isClassification() || spec.output() != OutputKind.LINEAR) {
            return new TargetScaling(means, deviations);
        }
        int rows = train.rows();
        for (int t = 0; t < width; t++) {
            double sum = 0;
            for (int r = 0; r < rows; r++) {
                sum += train.targets()[r * width + t];
            }
            double mean = sum / rows;
            double squares = 0;
            for (int r = 0; r < rows; r++) {
                double d = train.targets()[r * width + t] - mean;
                squares += d * d;
            }
            double deviation = Math.sqrt(squares / rows);
            means[t] = mean;
            deviations[t] = deviation > 1e-12 ? deviation : 1;
        }
        return new TargetScaling(means, deviations);
    }

    /**
     * The scaling for training {@code spec} when the training targets' means and population
     * standard deviations are already known (computed where the data lives): identity unless it
     * is a regression with a linear output.
     *
     * @param classification whether the targets are classes
     * @param means          per target, the training mean
     * @param deviations     per target, the training population standard deviation
     */
    public static TargetScaling ofMoments(ModelSpec spec, boolean classification, double[] means,
                                          double[] deviations) {
        int width = spec.targetWidth();
        double[] m = new double[width];
        double[] d = new double[width];
        Arrays.fill(d, 1);
        if (classification || spec.output() != OutputKind.LINEAR) {
            return new TargetScaling(m, d);
        }
        for (int t = 0; t < width; t++) {
            m[t] = means[t];
            d[t] = deviations[t] > 1e-12 ? deviations[t] : 1;
        }
        return new TargetScaling(m, d);
    }

    /** Whether it changes anything. */
    public boolean isIdentity() {
        for (int t = 0; t < means.length; t++) {
            if (means[t] != 0 || deviations[t] != 1) {
                return false;
            }
        }
        return true;
    }

    /** The targets standardised, as a new array; {@code targets} itself when nothing changes. */
    public float[] scale(float[] targets) {
        if (isIdentity()) {
            return targets;
        }
        int width = means.length;
        float[] scaled = new float[targets.length];
        for (int i = 0; i < targets.length; i++) {
            int t = i % width;
            scaled[i] = (float) ((targets[i] - means[t]) / deviations[t]);
        }
        return scaled;
    }

    /** Maps the first {@code rows} rows of network outputs back to target units, in place. */
    public void unscaleOutputs(float[] outputs, int rows) {
        if (isIdentity()) {
            return;
        }
        int width = means.length;
        for (int i = 0; i < rows * width; i++) {
            int t = i % width;
            outputs[i] = (float) (outputs[i] * deviations[t] + means[t]);
        }
    }

    /**
     * Folds the scaling into a copy of the weights so that the network predicts in target units.
     *
     * @param weights the weights as trained (on standardised targets); not changed
     * @param layout  where the output layer sits
     */
    public float[] fold(float[] weights, ParameterLayout layout) {
        float[] folded = weights.clone();
        if (isIdentity()) {
            return folded;
        }
        int last = layout.layerCount() - 1;
        int inputs = layout.inputs(last);
        int units = layout.units(last);
        int w = layout.weightOffset(last);
        int b = layout.biasOffset(last);
        for (int k = 0; k < inputs; k++) {
            for (int j = 0; j < units; j++) {
                folded[w + k * units + j] = (float) (weights[w + k * units + j] * deviations[j]);
            }
        }
        for (int j = 0; j < units; j++) {
            folded[b + j] = (float) (weights[b + j] * deviations[j] + means[j]);
        }
        return folded;
    }
}

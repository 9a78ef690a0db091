package deepdesk.core.engine;

import deepdesk.core.model.Activation;
import deepdesk.core.model.LossKind;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OutputKind;

/**
 * The output activation and the loss, computed together from the output layer's weighted sums
 * (the logits), so that the cross-entropies stay finite for any logit.
 *
 * <p>The loss of a row is the mean over its outputs for the element-wise losses (MSE, MAE, Huber,
 * binary cross-entropy) and the cross-entropy of the true class for softmax cross-entropy.
 *
 * <p>Threading: one instance per network; not thread-safe (it keeps a scratch row).
 */
public final class LossFunction {

    private static final double HUBER_DELTA = 1.0;

    private final OutputKind output;
    private final LossKind loss;
    private final int width;
    private final double[] scratch;

    /** The loss of {@code spec}'s output layer. */
    public LossFunction(ModelSpec spec) {
        this.output = spec.output();
        this.loss = spec.loss();
        this.width = spec.outputWidth();
        this.scratch = new double[width];
    }

    /**
     * Computes the outputs, the summed loss and (optionally) its gradient for {@code rows} rows.
     *
     * @param logits  the output layer's weighted sums, {@code rows x width}
     * @param targets the targets, {@code rows x targetWidth} (class indices for softmax)
     * @param rows    number of rows
     * @param outputs receives the outputs after the output activation; may be null
     * @param dLogits receives d(sum of row losses)/d(logits); may be null to skip the gradient
     * @return the sum over rows of the per-row loss
     */
    public double compute(float[] logits, float[] targets, int rows, float[] outputs, float[] dLogits) {
        if (output == OutputKind.SOFTMAX && loss == LossKind.SOFTMAX_CROSS_ENTROPY) {
            return softmaxCrossEntropy(logits, targets, rows, outputs, dLogits);
        }
        if (output == OutputKind.SIGMOID && loss == LossKind.BINARY_CROSS_ENTROPY) {
            return binaryCrossEntropy(logits, targets, rows, outputs, dLogits);
        }
        if (output == OutputKind.LINEAR && loss == LossKind.MSE) {
            return linearSquaredError(logits, targets, rows, outputs, dLogits);
        }
        return elementwise(logits, targets, rows, outputs, dLogits);
    }

    /** The common regression case, without the general path's per-element dispatch. */
    private double linearSquaredError(float[] logits, float[] targets, int rows, float[] outputs, float[] dLogits) {
        int n = rows * width;
        double total = 0;
        float scale = 2f / width;
        for (int i = 0; i < n; i++) {
            float d = logits[i] - targets[i];
            total += d * d;
            if (dLogits != null) {
                dLogits[i] = scale * d;
            }
        }
        if (outputs != null) {
            System.arraycopy(logits, 0, outputs, 0, n);
        }
        return total / width;
    }

    /** Applies only the output activation to {@code rows} rows of logits. */
    public void outputs(float[] logits, int rows, float[] outputs) {
        double[] p = scratch;
        for (int r = 0; r < rows; r++) {
            int base = r * width;
            activate(logits, base, p);
            for (int j = 0; j < width; j++) {
                outputs[base + j] = (float) p[j];
            }
        }
    }

    private double softmaxCrossEntropy(float[] logits, float[] targets, int rows, float[] outputs,
                                       float[] dLogits) {
        double total = 0;
        for (int r = 0; r < rows; r++) {
            int base = r * width;
            int label = classIndex(targets[r]);
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < width; j++) {
                max = Math.max(max, logits[base + j]);
            }
            double sum = 0;
            for (int j = 0; j < width; j++) {
                double e = Math.exp(logits[base + j] - max);
                scratch[j] = e;
                sum += e;
            }
            total += Math.log(sum) + max - logits[base + label];
            for (int j = 0; j < width; j++) {
                double p = scratch[j] / sum;
                if (outputs != null) {
                    outputs[base + j] = (float) p;
                }
                if (dLogits != null) {
                    dLogits[base + j] = (float) (j == label ? p - 1 : p);
                }
            }
        }
        return total;
    }

    private double binaryCrossEntropy(float[] logits, float[] targets, int rows, float[] outputs,
                                      float[] dLogits) {
        double total = 0;
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            double z = logits[i];
            double y = targets[i];
            total += Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
            double p = ActivationFunction.value(Activation.SIGMOID, z);
            if (outputs != null) {
                outputs[i] = (float) p;
            }
            if (dLogits != null) {
                dLogits[i] = (float) ((p - y) / width);
            }
        }
        return total / width;
    }

    private double elementwise(float[] logits, float[] targets, int rows, float[] outputs,
                               float[] dLogits) {
        double total = 0;
        double[] a = scratch;
        boolean oneHot = output == OutputKind.SOFTMAX;
        for (int r = 0; r < rows; r++) {
            int base = r * width;
            activate(logits, base, a);
            int label = oneHot ? classIndex(targets[r]) : -1;
            double rowLoss = 0;
            double weighted = 0;
            for (int j = 0; j < width; j++) {
                double y = oneHot ? (j == label ? 1 : 0) : targets[base + j];
                double d = a[j] - y;
                double ad = Math.abs(d);
                double g;
                switch (loss) {
                    case MSE -> {
                        rowLoss += d * d;
                        g = 2 * d;
                    }
                    case MAE -> {
                        rowLoss += ad;
                        g = Math.signum(d);
                    }
                    case HUBER -> {
                        rowLoss += ad <= HUBER_DELTA ? 0.5 * d * d : HUBER_DELTA * (ad - 0.5 * HUBER_DELTA);
                        g = ad <= HUBER_DELTA ? d : HUBER_DELTA * Math.signum(d);
                    }
                    default -> throw new IllegalStateException(loss + " does not fit output " + output);
                }
                g /= width;
                if (outputs != null) {
                    outputs[base + j] = (float) a[j];
                }
                if (dLogits != null) {
                    dLogits[base + j] = (float) g;
                    weighted += g * a[j];
                }
            }
            total += rowLoss / width;
            if (dLogits != null) {
                for (int j = 0; j < width; j++) {
                    double g = dLogits[base + j];
                    double dz = switch (output) {
                        case LINEAR -> g;
                        case SIGMOID -> g * a[j] * (1 - a[j]);
                        case TANH -> g * (1 - a[j] * a[j]);
                        case SOFTMAX -> a[j] * (g - weighted);
                    };
                    dLogits[base + j] = (float) dz;
                }
            }
        }
        return total;
    }

    private void activate(float[] logits, int base, double[] a) {
        switch (output) {
            case LINEAR -> {
                for (int j = 0; j < width; j++) {
                    a[j] = logits[base + j];
                }
            }
            case SIGMOID -> {
                for (int j = 0; j < width; j++) {
                    a[j] = ActivationFunction.value(Activation.SIGMOID, logits[base + j]);
                }
            }
            case TANH -> {
                for (int j = 0; j < width; j++) {
                    a[j] = Math.tanh(logits[base + j]);
                }
            }
            case SOFTMAX -> {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < width; j++) {
                    max = Math.max(max, logits[base + j]);
                }
                double sum = 0;
                for (int j = 0; j < width; j++) {
                    a[j] = Math.exp(logits[base + j] - max);
                    sum += a[j];
                }
                for (int j = 0; j < width; j++) {
                    a[j] /= sum;
                }
            }
            default -> throw new IllegalStateException("unknown output " + output);
        }
    }

    private int classIndex(float target) {
        int label = (int) target;
        if (label < 0 || label >= width || label != target) {
            throw new IllegalArgumentException("class index " + target + " is not in 0.." + (width - 1));
        }
        return label;
    }
}

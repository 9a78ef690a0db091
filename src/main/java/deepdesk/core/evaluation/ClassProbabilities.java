package deepdesk.core.evaluation;

import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OutputKind;

/**
 * Reads class probabilities from a classifier network's outputs: a softmax output already holds
 * one per class; a single sigmoid output {@code p} is the probability of the second class
 * ({@code [1 - p, p]}); a single tanh output {@code t} maps to {@code [(1 - t) / 2, (1 + t) / 2]}.
 *
 * <p>Threading: stateless.
 */
public final class ClassProbabilities {

    private ClassProbabilities() {
    }

    /** The number of classes a classifier with this spec predicts. */
    public static int classCount(ModelSpec spec) {
        return spec.outputWidth() == 1 ? 2 : spec.outputWidth();
    }

    /**
     * Row-major probabilities, {@code rows x classCount(spec)}.
     *
     * @param outputs the network's outputs, {@code rows x spec.outputWidth()}
     */
    public static double[] of(ModelSpec spec, float[] outputs, int rows) {
        int classes = classCount(spec);
        double[] out = new double[rows * classes];
        if (spec.outputWidth() > 1) {
            for (int i = 0; i < rows * classes; i++) {
                out[i] = outputs[i];
            }
            return out;
        }
        boolean tanh = spec.output() == OutputKind.TANH;
        for (int r = 0; r < rows; r++) {
            double p = tanh ? (1 + outputs[r]) / 2.0 : outputs[r];
            p = Math.min(Math.max(p, 0), 1);
            out[2 * r] = 1 - p;
            out[2 * r + 1] = p;
        }
        return out;
    }
}

package deepdesk.core.training;

import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OutputKind;
import deepdesk.core.prep.PreparedSplit;

/**
 * Turns a prepared split's targets into what the network's loss expects, and checks that the
 * model fits the data.
 *
 * <p>Threading: stateless; safe from any thread.
 */
public final class LossTargets {

    private LossTargets() {
    }

    /**
     * Checks that {@code spec} can be trained on {@code split}.
     *
     * @throws IllegalArgumentException naming the mismatch
     */
    public static void check(ModelSpec spec, PreparedSplit split) {
        if (spec.inputWidth() != split.width()) {
            throw new IllegalArgumentException("the model expects " + spec.inputWidth()
                    + " inputs but the data has " + split.width() + " features");
        }
        if (split.isClassification()) {
            int classes = split.classCount();
            boolean fits = switch (spec.output()) {
                case SOFTMAX -> spec.outputWidth() == classes;
                case SIGMOID, TANH -> spec.outputWidth() == 1 && classes == 2;
                case LINEAR -> false;
            };
            if (!fits) {
                throw new IllegalArgumentException("a " + spec.output() + " output with "
                        + spec.outputWidth() + " units does not fit " + classes + " classes");
            }
        } else {
            if (spec.output() == OutputKind.SOFTMAX) {
                throw new IllegalArgumentException("a softmax output needs a classification target");
            }
            if (spec.outputWidth() != split.targetWidth()) {
                throw new IllegalArgumentException("the model has " + spec.outputWidth()
                        + " outputs but the data has " + split.targetWidth() + " targets");
            }
        }
    }

    /**
     * The targets for the loss: class indices for softmax, 0/1 for a sigmoid, ±1 for a tanh
     * output, the values themselves for regression. A new array when they differ from the split's.
     */
    public static float[] encode(ModelSpec spec, PreparedSplit split) {
        if (split.isClassification() && spec.output() == OutputKind.TANH) {
            float[] signs = new float[split.rows()];
            for (int r = 0; r < split.rows(); r++) {
                signs[r] = split.labels()[r] == 1 ? 1f : -1f;
            }
            return signs;
        }
        return split.targets();
    }
}

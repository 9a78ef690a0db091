package deepdesk.ui.builder;

import deepdesk.core.model.LossKind;
import deepdesk.core.model.OutputKind;
import java.util.List;

/**
 * An output layer together with the loss it is trained with: the pairs that make sense for a
 * task. Regression offers mean squared, absolute and Huber errors on a linear output; a binary
 * target a sigmoid with cross-entropy or, as in TensorFlow Playground, a tanh output with MSE on
 * ±1 labels; more than two classes a softmax with cross-entropy.
 *
 * <p>Threading: immutable.
 */
public enum OutputHead {
    /** Linear output, mean squared error: the default for regression. */
    LINEAR_MSE(OutputKind.LINEAR, LossKind.MSE, "Linear · mean squared error"),
    /** Linear output, mean absolute error: less pulled by outliers. */
    LINEAR_MAE(OutputKind.LINEAR, LossKind.MAE, "Linear · mean absolute error"),
    /** Linear output, Huber loss: squared near the target, absolute far from it. */
    LINEAR_HUBER(OutputKind.LINEAR, LossKind.HUBER, "Linear · Huber loss"),
    /** Sigmoid output, binary cross-entropy: the default for two classes. */
    SIGMOID_BCE(OutputKind.SIGMOID, LossKind.BINARY_CROSS_ENTROPY, "Sigmoid · binary cross-entropy"),
    /** Tanh output, mean squared error on ±1 labels, as in TensorFlow Playground. */
    TANH_MSE(OutputKind.TANH, LossKind.MSE, "Tanh · squared error on ±1 (Playground)"),
    /** Softmax output, cross-entropy over the classes: the default for more than two classes. */
    SOFTMAX_CE(OutputKind.SOFTMAX, LossKind.SOFTMAX_CROSS_ENTROPY, "Softmax · cross-entropy");

    private final OutputKind output;
    private final LossKind loss;
    private final String label;

    OutputHead(OutputKind output, LossKind loss, String label) {
        this.output = output;
        this.loss = loss;
        this.label = label;
    }

    /** The output layer. */
    public OutputKind output() {
        return output;
    }

    /** The loss. */
    public LossKind loss() {
        return loss;
    }

    /** A short description for a menu. */
    public String label() {
        return label;
    }

    /** The heads that fit {@code shape}, the default first. */
    static List<OutputHead> allowedFor(TaskShape shape) {
        if (shape.isMultiClass()) {
            return List.of(SOFTMAX_CE);
        }
        if (shape.isBinary()) {
            return List.of(SIGMOID_BCE, TANH_MSE);
        }
        return List.of(LINEAR_MSE, LINEAR_MAE, LINEAR_HUBER);
    }

    /** The head a task gets unless the user picks another. */
    static OutputHead defaultFor(TaskShape shape) {
        return allowedFor(shape).get(0);
    }

    /** {@code chosen} when it fits {@code shape}, else the task's default. */
    static OutputHead resolve(OutputHead chosen, TaskShape shape) {
        return chosen != null && allowedFor(shape).contains(chosen) ? chosen : defaultFor(shape);
    }

    /** The head with this output and loss, or {@code null} when none matches. */
    static OutputHead of(OutputKind output, LossKind loss) {
        for (OutputHead head : values()) {
            if (head.output == output && head.loss == loss) {
                return head;
            }
        }
        return null;
    }
}

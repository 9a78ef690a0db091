package deepdesk.ui.common;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.model.Activation;
import deepdesk.core.model.Initializer;
import deepdesk.core.model.LossKind;
import deepdesk.core.model.OptimizerKind;
import deepdesk.core.model.OutputKind;
import deepdesk.core.model.ScheduleKind;

/**
 * The words the screens show for the model's enum constants, as people write them
 * ("ReLU", "Adam", "mean squared error") rather than as constants.
 *
 * <p>Threading: stateless; any thread.
 */
public final class DisplayNames {

    private DisplayNames() {
    }

    /** The name people use for a {@link Activation}. */
    public static String of(Activation activation) {
        return switch (activation) {
            case LINEAR -> "linear";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "leaky ReLU";
            case ELU -> "ELU";
            case GELU -> "GELU";
            case TANH -> "tanh";
            case SIGMOID -> "sigmoid";
            case SOFTPLUS -> "softplus";
            case SINE -> "sine";
        };
    }

    /** The name people use for a {@link OutputKind}. */
    public static String of(OutputKind output) {
        return switch (output) {
            case LINEAR -> "linear";
            case SIGMOID -> "sigmoid";
            case SOFTMAX -> "softmax";
            case TANH -> "tanh";
        };
    }

    /** The name people use for a {@link LossKind}. */
    public static String of(LossKind loss) {
        return switch (loss) {
            case MSE -> "mean squared error";
            case MAE -> "mean absolute error";
            case HUBER -> "Huber loss";
            case BINARY_CROSS_ENTROPY -> "binary cross-entropy";
            case SOFTMAX_CROSS_ENTROPY -> "softmax cross-entropy";
        };
    }

    /** The usual abbreviation of a loss, for tight spaces. */
    public static String shortOf(LossKind loss) {
        return switch (loss) {
            case MSE -> "MSE";
            case MAE -> "MAE";
            case HUBER -> "Huber";
            case BINARY_CROSS_ENTROPY -> "BCE";
            case SOFTMAX_CROSS_ENTROPY -> "CE";
        };
    }

    /** The name people use for a {@link OptimizerKind}. */
    public static String of(OptimizerKind kind) {
        return switch (kind) {
            case SGD -> "SGD";
            case MOMENTUM -> "SGD with momentum";
            case NESTEROV -> "Nesterov momentum";
            case ADAM -> "Adam";
            case ADAMW -> "AdamW";
            case RMSPROP -> "RMSProp";
            case ADAGRAD -> "Adagrad";
        };
    }

    /** The name people use for a {@link ScheduleKind}. */
    public static String of(ScheduleKind kind) {
        return switch (kind) {
            case CONSTANT -> "Constant";
            case STEP -> "Step decay";
            case COSINE -> "Cosine decay";
            case REDUCE_ON_PLATEAU -> "Reduce on plateau";
        };
    }

    /** The name people use for a {@link BackendKind}. */
    public static String of(BackendKind kind) {
        return switch (kind) {
            case AUTO -> "Automatic";
            case JAVA -> "Java arrays";
            case ND4J -> "ND4J (BLAS)";
        };
    }

    /** The name people use for a {@link Initializer}. */
    public static String of(Initializer initializer) {
        return switch (initializer) {
            case GLOROT_UNIFORM -> "Glorot uniform";
            case GLOROT_NORMAL -> "Glorot normal";
            case HE_UNIFORM -> "He uniform";
            case HE_NORMAL -> "He normal";
            case PLAYGROUND -> "Playground (±0.5)";
            case ZEROS -> "All zeros";
        };
    }
}

package deepdesk.core.model;

/**
 * What the output layer produces, which follows from the task.
 *
 * <p>Threading: immutable.
 */
public enum OutputKind {
    /** Regression: the outputs are the weighted sums themselves, one per target. */
    LINEAR,
    /** Binary (or multi-label) classification: a probability per output from the sigmoid. */
    SIGMOID,
    /** Multi-class classification: probabilities over the classes that sum to 1. */
    SOFTMAX,
    /** As in TensorFlow Playground: a tanh output between -1 and 1, trained with MSE on ±1 labels. */
    TANH
}

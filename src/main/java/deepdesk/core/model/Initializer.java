package deepdesk.core.model;

/**
 * How the initial weights are drawn. Biases start at zero except where noted.
 *
 * <p>Threading: immutable.
 */
public enum Initializer {
    /** Glorot (Xavier) uniform: limit {@code sqrt(6 / (in + out))}; suits tanh and sigmoid. */
    GLOROT_UNIFORM,
    /** Glorot (Xavier) normal: standard deviation {@code sqrt(2 / (in + out))}. */
    GLOROT_NORMAL,
    /** He uniform: limit {@code sqrt(6 / in)}; suits ReLU and its relatives. */
    HE_UNIFORM,
    /** He normal: standard deviation {@code sqrt(2 / in)}. */
    HE_NORMAL,
    /** As in TensorFlow Playground: weights uniform in ±0.5, biases 0.1. */
    PLAYGROUND,
    /** Every weight and bias zero: a teaching case that shows why symmetry must be broken. */
    ZEROS
}

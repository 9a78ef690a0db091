package deepdesk.core.model;

/**
 * The function a layer applies to each unit's weighted sum.
 *
 * <p>Threading: immutable.
 */
public enum Activation {
    /** The identity: the unit passes its weighted sum through unchanged. */
    LINEAR,
    /** Rectified linear unit: {@code max(0, z)}. */
    RELU,
    /** Leaky ReLU: {@code z} for positive inputs, {@code 0.01 z} otherwise. */
    LEAKY_RELU,
    /** Exponential linear unit: {@code z} for positive inputs, {@code exp(z) - 1} otherwise. */
    ELU,
    /** Gaussian error linear unit, in its common tanh approximation. */
    GELU,
    /** Hyperbolic tangent, between -1 and 1. */
    TANH,
    /** Logistic sigmoid, between 0 and 1. */
    SIGMOID,
    /** Softplus: {@code log(1 + exp(z))}, a smooth ReLU. */
    SOFTPLUS,
    /** Sine: {@code sin(z)}, periodic. */
    SINE
}

package deepdesk.core.model;

/**
 * The rule that turns gradients into parameter updates.
 *
 * <p>Threading: immutable.
 */
public enum OptimizerKind {
    /** Plain stochastic gradient descent. */
    SGD,
    /** Gradient descent with classical (heavy-ball) momentum. */
    MOMENTUM,
    /** Gradient descent with Nesterov momentum. */
    NESTEROV,
    /** Adam: per-parameter steps from running means of the gradient and its square. */
    ADAM,
    /** Adam with weight decay applied directly to the weights (decoupled). */
    ADAMW,
    /** RMSProp: steps scaled by a running mean of the squared gradient. */
    RMSPROP,
    /** Adagrad: steps scaled by the sum of all past squared gradients. */
    ADAGRAD
}

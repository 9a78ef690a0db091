package deepdesk.core.model;

/**
 * What training minimises, per row; the reported loss is the mean over rows (and over outputs
 * for the element-wise losses).
 *
 * <p>Threading: immutable.
 */
public enum LossKind {
    /** Mean squared error: the mean of {@code (output - target)^2}. */
    MSE,
    /** Mean absolute error: the mean of {@code |output - target|}, less sensitive to outliers. */
    MAE,
    /** Huber loss with threshold 1: squared for small errors, absolute for large ones. */
    HUBER,
    /** Binary cross-entropy on a sigmoid output, computed stably from the logits. */
    BINARY_CROSS_ENTROPY,
    /** Cross-entropy on a softmax output over classes, computed stably from the logits. */
    SOFTMAX_CROSS_ENTROPY
}

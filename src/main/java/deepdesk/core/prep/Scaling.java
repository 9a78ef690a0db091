package deepdesk.core.prep;

/**
 * How numeric features are brought onto a common scale. One-hot columns are never scaled.
 *
 * <p>Threading: immutable.
 */
public enum Scaling {
    /** Subtract the training mean and divide by the training standard deviation. */
    Z_SCORE,
    /** Map the training minimum to 0 and the training maximum to 1. */
    MIN_MAX,
    /** Leave the numbers as they are. */
    NONE
}

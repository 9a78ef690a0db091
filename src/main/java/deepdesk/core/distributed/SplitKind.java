package deepdesk.core.distributed;

/**
 * One of the three splits of a dataset.
 *
 * <p>Threading: immutable.
 */
public enum SplitKind {
    /** The rows the weights are fitted to. */
    TRAIN,
    /** The rows watched after each epoch. */
    VALIDATION,
    /** The held-out rows of the final evaluation. */
    TEST
}

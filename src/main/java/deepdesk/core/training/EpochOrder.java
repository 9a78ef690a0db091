package deepdesk.core.training;

/**
 * How the training rows are ordered into batches at the start of each epoch.
 *
 * <p>Threading: immutable.
 */
public enum EpochOrder {
    /** A Fisher-Yates shuffle drawn from the run's seed: the desktop's default. */
    SHUFFLED,
    /**
     * The {@link deepdesk.core.engine.RowPermutation} of the epoch, drawn from the run's seed:
     * the order distributed training computes row by row on each machine, so a local run in this
     * order is the same computation as a synchronous distributed one.
     */
    PERMUTED
}

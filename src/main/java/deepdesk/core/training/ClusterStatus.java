package deepdesk.core.training;

/**
 * Where a distributed run computes, for the Train screen's status line.
 *
 * <p>Threading: immutable.
 *
 * @param master           the cluster's master URL, such as {@code local[2]} or
 *                         {@code spark://host:7077}
 * @param executors        executors taking part (1 for an embedded local master)
 * @param partitions       partitions the training split is cut into: the data-parallel width
 * @param rounds           rounds (weight updates) completed
 * @param lastRoundSeconds wall-clock seconds of the last round, NaN before the first
 */
public record ClusterStatus(String master, int executors, int partitions, long rounds,
                            double lastRoundSeconds) {
}

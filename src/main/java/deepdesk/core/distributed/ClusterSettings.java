package deepdesk.core.distributed;

import java.util.Objects;

/**
 * Where and how a model trains on a cluster.
 *
 * <p>Threading: immutable.
 *
 * @param master     The cluster to train on: local[*] for every core of this machine, local[2]
 *                   for two, or a cluster address such as spark://host:7077. Default local[*].
 * @param mode       How the workers combine their work: synchronous gradient aggregation (the
 *                   same result as training on one machine, one round trip per batch) or
 *                   parameter averaging (fewer round trips, approximate). Default synchronous.
 * @param localSteps With parameter averaging, how many batches each worker trains on its own
 *                   rows before the weights are averaged. Default 8.
 * @param partitions How many pieces the training rows are cut into, which is how many workers
 *                   can compute at once; 0 lets the cluster choose (its default parallelism).
 *                   Default 0.
 */
public record ClusterSettings(String master, AggregationMode mode, int localSteps, int partitions) {

    /** The default number of local steps between averagings. */
    public static final int DEFAULT_LOCAL_STEPS = 8;

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException when the master is blank or a count is out of range
     */
    public ClusterSettings {
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(mode, "mode");
        if (master.isBlank()) {
            throw new IllegalArgumentException("name the cluster's master, such as local[*]");
        }
        if (localSteps < 1) {
            throw new IllegalArgumentException("local steps must be at least 1, got " + localSteps);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be 0 or more, got " + partitions);
        }
    }

    /** Synchronous training on {@code master} with the cluster's own partitioning. */
    public static ClusterSettings synchronous(String master) {
        return new ClusterSettings(master, AggregationMode.SYNCHRONOUS, DEFAULT_LOCAL_STEPS, 0);
    }

    /** Parameter averaging every {@code steps} local batches on {@code master}. */
    public static ClusterSettings averaging(String master, int steps) {
        return new ClusterSettings(master, AggregationMode.AVERAGING, steps, 0);
    }

    /** These settings with another partition count. */
    public ClusterSettings withPartitions(int count) {
        return new ClusterSettings(master, mode, localSteps, count);
    }
}

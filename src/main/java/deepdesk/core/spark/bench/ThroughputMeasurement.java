package deepdesk.core.spark.bench;

/**
 * Training throughput of one way of training, timed over whole rounds (weight updates).
 *
 * <p>Threading: immutable.
 *
 * @param label          what was timed, such as "local trainer" or "Spark sync"
 * @param partitions     the data-parallel width: 1 for the local trainer
 * @param rounds         rounds timed
 * @param rows           training rows the timed rounds processed
 * @param seconds        wall-clock seconds of the timed rounds
 * @param prepareSeconds seconds spent reading and preparing the data before training, NaN when
 *                       not measured
 */
public record ThroughputMeasurement(String label, int partitions, long rounds, long rows, double seconds,
                                    double prepareSeconds) {

    /** Training rows per second. */
    public double rowsPerSecond() {
        return rows / seconds;
    }

    /** Mean wall-clock seconds of one round. */
    public double secondsPerRound() {
        return seconds / rounds;
    }

    /** Rows one round processes. */
    public double rowsPerRound() {
        return (double) rows / rounds;
    }
}

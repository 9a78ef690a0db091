package deepdesk.core.spark.bench;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.List;

/**
 * Times the communication skeleton of one synchronous round with no compute in it: the driver
 * broadcasts {@code p} floats, every partition adds the broadcast array into its sum, and
 * {@code treeAggregate} brings the sum of {@code p} floats back. Its time at a tiny and at a large
 * {@code p} gives the two constants of the scaling model: the fixed cost of a round and the cost
 * of each byte moved.
 *
 * <p>Threading: runs on the caller's thread and blocks.
 */
public final class SparkRoundTrip {

    /**
     * The mean time of one empty round.
     *
     * @param parameters floats broadcast and aggregated
     * @param partitions partitions taking part
     * @param seconds    wall-clock seconds of the timed rounds
     * @param rounds     rounds timed
     */
    public record Timing(int parameters, int partitions, double seconds, int rounds) {

        /** Mean seconds per round. */
        public double secondsPerRound() {
            return seconds / rounds;
        }

        /** Bytes one round moves: the parameters out to and the sums back from every partition. */
        public long bytesPerRound() {
            return 2L * 4L * parameters * partitions;
        }
    }

    private final String master;

    /** Round trips on the Spark session of {@code master} (the running one, or a new one). */
    public SparkRoundTrip(String master) {
        this.master = master;
    }

    /**
     * Times {@code rounds} empty rounds (after three untimed ones) for each parameter count and
     * partition count.
     */
    public List<Timing> measure(int[] parameterCounts, int[] partitionCounts, int rounds) {
        SparkSession spark = SparkSession.builder().master(master).appName("DeepDesk")
                .config("spark.ui.enabled", "false").getOrCreate();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Timing> timings = new ArrayList<>();
        for (int partitions : partitionCounts) {
            List<Integer> seeds = new ArrayList<>();
            for (int i = 0; i < partitions; i++) {
                seeds.add(i);
            }
            JavaRDD<Integer> rdd = context.parallelize(seeds, partitions).cache();
            rdd.count();
            for (int parameters : parameterCounts) {
                for (int i = 0; i < 3; i++) {
                    round(context, rdd, parameters);
                }
                long start = System.nanoTime();
                for (int i = 0; i < rounds; i++) {
                    round(context, rdd, parameters);
                }
                timings.add(new Timing(parameters, partitions, (System.nanoTime() - start) / 1e9, rounds));
            }
            rdd.unpersist(true);
        }
        return timings;
    }

    private static void round(JavaSparkContext context, JavaRDD<Integer> rdd, int parameters) {
        float[] values = new float[parameters];
        values[0] = 1;
        Broadcast<float[]> broadcast = context.broadcast(values);
        float[] sum = rdd.treeAggregate(new float[parameters], (acc, ignored) -> {
            float[] received = broadcast.value();
            for (int i = 0; i < acc.length; i++) {
                acc[i] += received[i];
            }
            return acc;
        }, (a, b) -> {
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
            return a;
        }, 2);
        broadcast.destroy();
        if (sum[0] != rdd.getNumPartitions()) {
            throw new IllegalStateException("the round trip summed " + sum[0] + " instead of "
                    + rdd.getNumPartitions());
        }
    }
}

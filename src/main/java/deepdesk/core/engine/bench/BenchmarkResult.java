package deepdesk.core.engine.bench;

import java.util.Locale;

/**
 * The figures of one timed run of a workload.
 *
 * <p>Threading: immutable.
 *
 * @param workload    "P" or "M"
 * @param backend     "java" or "nd4j" (or a peer's name)
 * @param threads     threads the math could use
 * @param seconds     wall time of the training loop
 * @param cpuSeconds  CPU time of the whole process over the training loop (all threads); on a
 *                    busy machine {@code epochs / cpuSeconds} estimates the speed on an idle one
 * @param epochsPerS  epochs per second
 * @param samplesPerS rows processed per second
 * @param gflops      GFLOP/s at 6 x multiply-adds per sample
 * @param finalLoss   mean training loss over the last epoch
 */
public record BenchmarkResult(String workload, String backend, int threads, double seconds, double cpuSeconds, double epochsPerS,
                              double samplesPerS, double gflops, double finalLoss) {

    /** This result as one JSON object on one line. */
    public String toJson() {
        return String.format(Locale.ROOT,
                "{\"workload\": \"%s\", \"backend\": \"%s\", \"threads\": %d, \"epochs_per_s\": %.1f, "
                        + "\"samples_per_s\": %.1f, \"gflops\": %.3f, \"final_loss\": %.6f, \"seconds\": %.4f, "
                        + "\"cpu_seconds\": %.4f}",
                workload, backend, threads, epochsPerS, samplesPerS, gflops, finalLoss, seconds, cpuSeconds);
    }
}

package deepdesk.core.cli;

import deepdesk.core.spark.bench.SparkRoundTrip;
import deepdesk.core.spark.bench.SparkThroughputBenchmark;
import deepdesk.core.spark.bench.ThroughputMeasurement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code bench-spark}: training rows per second on Spark, synchronous gradient aggregation and
 * parameter averaging at one and two partitions, against the local trainer on the same generated
 * CSV in the same run, printed with their ratios. A benchmark, not a test.
 *
 * <p>Threading: runs on the caller's thread.
 */
@Command(name = "bench-spark", mixinStandardHelpOptions = true,
        description = "Measure training throughput on Spark against the local trainer on a generated CSV.")
public final class SparkBenchCommand implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "1000000", description = "Rows to generate (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--file", description = "The CSV to generate and read (default: target/bench-spark/regression-ROWS.csv).")
    Path file;

    @Option(names = "--hidden", split = ",", defaultValue = "64,64",
            description = "Hidden tanh layer widths (default: ${DEFAULT-VALUE}).")
    List<Integer> hidden;

    @Option(names = "--batch", defaultValue = "1024", description = "Rows per batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--local-steps", defaultValue = "8",
            description = "Batches per partition between averagings (default: ${DEFAULT-VALUE}).")
    int localSteps;

    @Option(names = "--master", defaultValue = "local[2]", description = "The Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--seconds", defaultValue = "6", description = "Time budget per measurement (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the data and the runs (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (rows < 1000 || batch < 1 || localSteps < 1 || seconds <= 0 || hidden.stream().anyMatch(h -> h < 1)) {
            System.err.println("rows must be at least 1000; batch, local steps, seconds and layer widths positive");
            return DeepDeskCommand.EXIT_BAD_INPUT;
        }
        Path csv = file != null ? file : Path.of("target", "bench-spark", "regression-" + rows + ".csv");
        SparkThroughputBenchmark benchmark = new SparkThroughputBenchmark(new SparkThroughputBenchmark.Settings(
                csv, rows, hidden, batch, localSteps, master, 3, 10, seconds, seed), System.err);
        SparkThroughputBenchmark.Results results = benchmark.run();
        print(System.out, benchmark, results.training());
        printRoundTrips(System.out, results.roundTrips());
        return 0;
    }

    private static void printRoundTrips(PrintStream out, List<SparkRoundTrip.Timing> timings) {
        out.println();
        out.println("empty rounds: broadcast the parameters, treeAggregate their sum, no compute");
        out.println("| parameters | partitions | ms per round | bytes per round |");
        out.println("|---|---|---|---|");
        for (SparkRoundTrip.Timing t : timings) {
            out.printf("| %,d | %d | %.1f | %,d |%n", t.parameters(), t.partitions(), t.secondsPerRound() * 1000,
                    t.bytesPerRound());
        }
    }

    private void print(PrintStream out, SparkThroughputBenchmark benchmark, List<ThroughputMeasurement> results) {
        ThroughputMeasurement local = results.get(0);
        out.printf("network 8-%s-1 tanh (%,d parameters), Adam, batch %d, master %s, %,d rows%n",
                String.join("-", hidden.stream().map(String::valueOf).toList()),
                benchmark.model().parameterCount(), batch, master, rows);
        out.println("| how | partitions | rows/s | vs local | ms per round | rows per round | prepare s |");
        out.println("|---|---|---|---|---|---|---|");
        for (ThroughputMeasurement m : results) {
            out.printf("| %s | %d | %,.0f | %.2f | %.1f | %,.0f | %.1f |%n", m.label(), m.partitions(),
                    m.rowsPerSecond(), m.rowsPerSecond() / local.rowsPerSecond(), m.secondsPerRound() * 1000,
                    m.rowsPerRound(), m.prepareSeconds());
        }
    }
}

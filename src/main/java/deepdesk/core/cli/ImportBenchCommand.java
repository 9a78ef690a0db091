package deepdesk.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.CsvFormatException;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench-import}: measures CSV import against pandas' {@code read_csv}. It writes a file of
 * random numbers under the system temporary directory, reads it several times with DeepDesk and
 * with pandas (when {@code python3} with pandas is installed), and prints the time of the first
 * (cold) and the median of the later (warm) runs, the retained memory of the dataset and of
 * pandas' DataFrame against the raw float64 size, and the ratios to the targets (time at most
 * 1.5x pandas, memory at most 3x raw float64). A benchmark, not a test: the figures depend on
 * the machine and on what else runs on it.
 *
 * <p>Threading: runs on the caller's thread (the importer uses the common pool).
 */
@Command(name = "bench-import", mixinStandardHelpOptions = true,
        description = "Time DeepDesk's CSV import against pandas read_csv on a generated file.")
public final class ImportBenchCommand implements Callable<Integer> {

    private static final double TIME_TARGET = 1.5;
    private static final double MEMORY_TARGET = 3.0;

    @Option(names = "--rows", defaultValue = "1000000", description = "rows to generate "
            + "(default: ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--cols", defaultValue = "20", description = "numeric columns to generate "
            + "(default: ${DEFAULT-VALUE})")
    int cols;

    @Option(names = "--runs", defaultValue = "5", description = "reads per tool; the first is "
            + "cold, the median of the rest warm (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--keep", description = "keep the generated file")
    boolean keep;

    @Option(names = "--python", defaultValue = "/usr/bin/python3",
            description = "the Python with pandas (default: ${DEFAULT-VALUE})")
    String python;

    @Option(names = "--pandas-script", defaultValue = "src/bench/python/read_csv_bench.py",
            description = "the pandas side of the benchmark (default: ${DEFAULT-VALUE})")
    Path pandasScript;

    @Option(names = "--seed", defaultValue = "42", description = "random seed for the data")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (rows < 1 || cols < 2 || runs < 1) {
            spec.commandLine().getErr().println("need --rows >= 1, --cols >= 2 and --runs >= 1");
            return DeepDeskCommand.EXIT_BAD_INPUT;
        }
        Path file = Files.createTempFile("deepdesk-bench-" + rows + "x" + cols + "-", ".csv");
        try {
            long started = System.nanoTime();
            generate(file);
            double rawBytes = 8.0 * rows * cols;
            out.printf(Locale.ROOT, "file: %s (%d rows x %d numeric columns, %.1f MB, written in "
                            + "%.1f s)%n", file, rows, cols, Files.size(file) / 1e6,
                    seconds(System.nanoTime() - started));
            out.printf(Locale.ROOT, "cores: %d; other work on the machine affects the figures%n",
                    Runtime.getRuntime().availableProcessors());
            out.flush();

            double[] oursCpu = new double[runs];
            double[] ours = timeDeepDesk(file, oursCpu);
            long retained = retainedBytes(file);
            out.printf(Locale.ROOT, "DeepDesk: cold %.3f s, warm median %.3f s; runs %s%n",
                    ours[0], warm(ours), format(ours));
            out.printf(Locale.ROOT, "DeepDesk CPU time (all threads): cold %.3f s, warm median "
                    + "%.3f s%n", oursCpu[0], warm(oursCpu));
            out.printf(Locale.ROOT, "DeepDesk memory: dataset retains %.1f MB = %.2fx raw "
                    + "float64 (%.1f MB)%n", retained / 1e6, retained / rawBytes, rawBytes / 1e6);
            out.flush();

            JsonNode pandas = runPandas(file, out);
            if (pandas != null) {
                double[] theirs = new double[pandas.get("seconds").size()];
                for (int i = 0; i < theirs.length; i++) {
                    theirs[i] = pandas.get("seconds").get(i).asDouble();
                }
                double[] theirsCpu = new double[theirs.length];
                for (int i = 0; i < theirs.length; i++) {
                    theirsCpu[i] = pandas.get("cpu_seconds").get(i).asDouble();
                }
                double pandasMemory = pandas.get("memory_bytes").asDouble();
                out.printf(Locale.ROOT, "pandas %s: cold %.3f s, warm median %.3f s; runs %s%n",
                        pandas.get("pandas").asText(), theirs[0], warm(theirs), format(theirs));
                out.printf(Locale.ROOT, "pandas CPU time: cold %.3f s, warm median %.3f s%n",
                        theirsCpu[0], warm(theirsCpu));
                out.printf(Locale.ROOT, "pandas memory: DataFrame %.1f MB = %.2fx raw float64%n",
                        pandasMemory / 1e6, pandasMemory / rawBytes);
                double coldRatio = ours[0] / theirs[0];
                double warmRatio = warm(ours) / warm(theirs);
                out.printf(Locale.ROOT, "time ratio DeepDesk/pandas: cold %.2fx, warm %.2fx "
                                + "(target <= %.1fx): %s%n", coldRatio, warmRatio, TIME_TARGET,
                        warmRatio <= TIME_TARGET ? "met" : "NOT met");
                out.printf(Locale.ROOT, "CPU time ratio DeepDesk/pandas (less sensitive to other "
                        + "load): cold %.2fx, warm %.2fx%n", oursCpu[0] / theirsCpu[0],
                        warm(oursCpu) / warm(theirsCpu));
                out.printf(Locale.ROOT, "memory ratio DeepDesk/pandas: %.2fx%n",
                        retained / pandasMemory);
            }
            out.printf(Locale.ROOT, "memory ratio DeepDesk/raw float64: %.2fx (target <= %.1fx): "
                    + "%s%n", retained / rawBytes, MEMORY_TARGET,
                    retained / rawBytes <= MEMORY_TARGET ? "met" : "NOT met");
            out.flush();
            return 0;
        } finally {
            if (keep) {
                out.println("kept " + file);
                out.flush();
            } else {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Writes a header and rows of random fixed-point numbers, about 10 bytes per cell. */
    private void generate(Path file) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] line = new byte[cols * 16 + 2];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            StringBuilder header = new StringBuilder();
            for (int c = 1; c <= cols; c++) {
                header.append(c > 1 ? "," : "").append("x").append(c);
            }
            out.write(header.append('\n').toString().getBytes(StandardCharsets.US_ASCII));
            for (int r = 0; r < rows; r++) {
                int n = 0;
                for (int c = 0; c < cols; c++) {
                    if (c > 0) {
                        line[n++] = ',';
                    }
                    n = writeFixedPoint(line, n, random.nextInt(-9_999_999, 10_000_000));
                }
                line[n++] = '\n';
                out.write(line, 0, n);
            }
        }
    }

    /** Writes {@code micros / 1e5} with five decimals, e.g. {@code -12.34567}. */
    private static int writeFixedPoint(byte[] to, int at, int scaled) {
        if (scaled < 0) {
            to[at++] = '-';
            scaled = -scaled;
        }
        int whole = scaled / 100_000;
        int fraction = scaled % 100_000;
        if (whole >= 10) {
            to[at++] = (byte) ('0' + whole / 10);
        }
        to[at++] = (byte) ('0' + whole % 10);
        to[at++] = '.';
        for (int div = 10_000; div > 0; div /= 10) {
            to[at++] = (byte) ('0' + fraction / div % 10);
        }
        return at;
    }

    private double[] timeDeepDesk(Path file, double[] cpu) throws IOException,
            CsvFormatException {
        CsvImporter importer = new CsvImporter();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long startCpu = processCpuNanos();
            long start = System.nanoTime();
            CsvDialect dialect = CsvSniffer.sniff(file);
            Dataset dataset = importer.read(file, dialect, ProgressListener.NONE);
            times[i] = seconds(System.nanoTime() - start);
            cpu[i] = seconds(processCpuNanos() - startCpu);
            if (dataset.rowCount() != rows) {
                throw new IllegalStateException("read " + dataset.rowCount() + " rows, wrote "
                        + rows);
            }
        }
        return times;
    }

    /** The heap the dataset keeps alive: used heap after a read less before, after full GCs. */
    private static long retainedBytes(Path file) throws IOException, CsvFormatException {
        long before = usedAfterGc();
        Dataset dataset = new CsvImporter().read(file, CsvSniffer.sniff(file),
                ProgressListener.NONE);
        long after = usedAfterGc();
        if (dataset.rowCount() < 0) {
            throw new IllegalStateException("unreachable: keeps the dataset alive until here");
        }
        return after - before;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    private JsonNode runPandas(Path file, PrintWriter out) throws IOException,
            InterruptedException {
        if (!Files.isExecutable(Path.of(python)) || !Files.isReadable(pandasScript)) {
            out.println("pandas: skipped (needs " + python + " with pandas, Debian package "
                    + "python3-pandas, and " + pandasScript + "; run from the project folder)");
            return null;
        }
        List<String> command = new ArrayList<>(List.of(python, pandasScript.toString(),
                file.toString(), String.valueOf(runs)));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] output = process.getInputStream().readAllBytes();
        byte[] errors = process.getErrorStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            String reason = new String(errors, StandardCharsets.UTF_8).strip();
            String last = reason.lines().reduce((a, b) -> b).orElse("no output");
            out.println("pandas: failed (" + last + ")");
            return null;
        }
        return new ObjectMapper().readTree(output);
    }

    private static double warm(double[] times) {
        if (times.length == 1) {
            return times[0];
        }
        double[] rest = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(rest);
        int mid = rest.length / 2;
        return rest.length % 2 == 1 ? rest[mid] : (rest[mid - 1] + rest[mid]) / 2;
    }

    private static String format(double[] times) {
        StringBuilder s = new StringBuilder();
        for (double t : times) {
            s.append(s.length() > 0 ? " " : "").append(String.format(Locale.ROOT, "%.3f", t));
        }
        return s.toString();
    }

    /** CPU time of the whole JVM (every thread, GC included), or wall time where unavailable. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return System.nanoTime();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}

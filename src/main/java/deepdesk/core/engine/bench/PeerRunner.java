package deepdesk.core.engine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the peer scripts ({@code src/bench/python/peers/*_peer.py}, PyTorch and scikit-learn) with the
 * system Python on the same generated data, written to a temporary folder as little-endian
 * float32 files plus a JSON description.
 *
 * <p>Threading: runs on the caller's thread and waits for each script in turn.
 */
public final class PeerRunner {

    /** Where the peer scripts live, relative to the working directory, unless overridden. */
    public static final String SCRIPTS_PROPERTY = "deepdesk.bench.peers";
    private static final String DEFAULT_SCRIPTS = "src/bench/python/peers";
    /** The Python interpreter to run the peers with, unless overridden. */
    public static final String PYTHON_PROPERTY = "deepdesk.bench.python";
    // decision: the system interpreter by default, because the Debian packages of PyTorch and
    // scikit-learn install for it and a virtual environment's python would not see them.
    private static final String DEFAULT_PYTHON = "/usr/bin/python3";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PeerRunner() {
    }

    /**
     * Runs every peer script on {@code workload}; a script that fails (e.g. its library is not
     * installed) is reported on standard error and skipped.
     *
     * @return the peers' figures, in script-name order
     */
    public static List<BenchmarkResult> run(Workload workload, int threads) {
        Path scripts = Paths.get(System.getProperty(SCRIPTS_PROPERTY, DEFAULT_SCRIPTS));
        List<BenchmarkResult> results = new ArrayList<>();
        String python = System.getProperty(PYTHON_PROPERTY, DEFAULT_PYTHON);
        if (!Files.isDirectory(scripts) || !Files.isExecutable(Paths.get(python))) {
            System.err.println("peers skipped: need " + python + " and the scripts in " + scripts.toAbsolutePath());
            return results;
        }
        Path data = null;
        try {
            data = Files.createTempDirectory("deepdesk-bench");
            write(workload, data);
            List<Path> files;
            try (Stream<Path> list = Files.list(scripts)) {
                files = list.filter(p -> p.getFileName().toString().endsWith("_peer.py")).sorted(Comparator.naturalOrder()).toList();
            }
            for (Path script : files) {
                BenchmarkResult result = runScript(python, script, workload, data, threads);
                if (result != null) {
                    results.add(result);
                }
            }
        } catch (IOException e) {
            System.err.println("peers skipped: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(data);
        }
        return results;
    }

    private static BenchmarkResult runScript(String python, Path script, Workload workload, Path data, int threads)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(python, script.toString(), "--data", data.toString(),
                "--threads", Integer.toString(threads));
        String count = Integer.toString(threads);
        builder.environment().put("OMP_NUM_THREADS", count);
        builder.environment().put("OPENBLAS_NUM_THREADS", count);
        builder.environment().put("MKL_NUM_THREADS", count);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            System.err.println("peer " + script.getFileName() + " failed; skipped");
            return null;
        }
        String[] lines = output.strip().split("\n");
        JsonNode node = JSON.readTree(lines[lines.length - 1]);
        if (node == null || !node.hasNonNull("peer") || !node.hasNonNull("samples_per_s")) {
            System.err.println("peer " + script.getFileName() + " printed no result; skipped");
            return null;
        }
        return new BenchmarkResult(workload.name(), node.get("peer").asText(), threads,
                node.get("seconds").asDouble(), node.path("cpu_seconds").asDouble(Double.NaN),
                node.get("epochs_per_s").asDouble(),
                node.get("samples_per_s").asDouble(),
                node.get("samples_per_s").asDouble() * workload.flopsPerSample() / 1e9,
                node.get("final_loss").asDouble());
    }

    private static void write(Workload workload, Path dir) throws IOException {
        writeFloats(dir.resolve("features.f32"), workload.features(), workload.rows() * workload.spec().inputWidth());
        writeFloats(dir.resolve("targets.f32"), workload.targets(), workload.rows() * workload.spec().targetWidth());
        List<Integer> hidden = workload.spec().hidden().stream().map(h -> h.units()).toList();
        String activation = workload.spec().hidden().get(0).activation().name().toLowerCase(Locale.ROOT);
        String meta = String.format(Locale.ROOT,
                "{\"workload\": \"%s\", \"rows\": %d, \"inputs\": %d, \"outputs\": %d, \"hidden\": %s, "
                        + "\"activation\": \"%s\", \"loss\": \"%s\", \"optimizer\": \"%s\", \"learning_rate\": %s, "
                        + "\"batch\": %d, \"epochs\": %d}",
                workload.name(), workload.rows(), workload.spec().inputWidth(), workload.spec().outputWidth(), hidden,
                activation, workload.spec().loss().name().toLowerCase(Locale.ROOT),
                workload.optimizer().kind().name().toLowerCase(Locale.ROOT), workload.optimizer().learningRate(),
                workload.batchSize(), workload.epochs());
        Files.writeString(dir.resolve("meta.json"), meta);
    }

    private static void writeFloats(Path file, float[] values, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(count * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values, 0, count);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(buffer.array());
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}

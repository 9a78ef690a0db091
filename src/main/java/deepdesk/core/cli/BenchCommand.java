package deepdesk.core.cli;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.NativeThreads;
import deepdesk.core.engine.bench.BenchmarkResult;
import deepdesk.core.engine.bench.GemmRoofline;
import deepdesk.core.engine.bench.PeerRunner;
import deepdesk.core.engine.bench.Workload;
import deepdesk.core.engine.bench.WorkloadRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code bench}: times the engine on workloads P and M, cold (first run in this JVM) and warm
 * (median of the later runs), against the ND4J GEMM roofline measured in the same run and,
 * with {@code --peers}, against PyTorch and scikit-learn on the same data.
 *
 * <p>Threading: runs on the caller's thread; OpenBLAS may use {@code --threads} threads inside
 * its calls, and nothing else runs beside it.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure training speed on the reference workloads P and M.")
public final class BenchCommand implements Callable<Integer> {

    private static final long SEED = 42;

    @Option(names = "--workload", defaultValue = "all", description = "P, M or all (default: ${DEFAULT-VALUE}).")
    String workload;

    @Option(names = "--threads", defaultValue = "1", description = "Native math threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--backend", defaultValue = "auto", description = "java, nd4j or auto (default: ${DEFAULT-VALUE}).")
    String backend;

    @Option(names = "--repeats", defaultValue = "5", description = "Timed runs per workload (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--json", description = "Print one JSON object per workload.")
    boolean json;

    @Option(names = "--peers", description = "Also run the PyTorch and scikit-learn peers on the same data.")
    boolean peers;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        BackendKind backendKind;
        try {
            backendKind = BackendKind.valueOf(backend.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("unknown backend " + backend + "; use java, nd4j or auto");
            return DeepDeskCommand.EXIT_BAD_INPUT;
        }
        List<Workload> workloads = new ArrayList<>();
        String w = workload.toUpperCase(Locale.ROOT);
        if (w.equals("P") || w.equals("ALL")) {
            workloads.add(Workload.playground(SEED));
        }
        if (w.equals("M") || w.equals("ALL")) {
            workloads.add(Workload.mnistSized(SEED));
        }
        if (workloads.isEmpty() || threads < 1 || repeats < 1) {
            System.err.println("use --workload P, M or all, --threads and --repeats of at least 1");
            return DeepDeskCommand.EXIT_BAD_INPUT;
        }
        NativeThreads.set(threads);
        double roofline = GemmRoofline.measure(5);
        if (!json) {
            out.printf(Locale.ROOT, "roofline: ND4J sgemm 2048x2048 %.1f GFLOP/s on %d thread(s)%n", roofline,
                    threads);
        }
        for (Workload load : workloads) {
            BenchmarkResult cold = WorkloadRunner.run(load, backendKind, threads, SEED);
            List<BenchmarkResult> warm = new ArrayList<>();
            for (int i = 0; i < repeats; i++) {
                warm.add(WorkloadRunner.run(load, backendKind, threads, SEED));
            }
            warm.sort(Comparator.comparingDouble(BenchmarkResult::samplesPerS));
            BenchmarkResult median = warm.get(warm.size() / 2);
            BenchmarkResult best = warm.get(warm.size() - 1);
            if (json) {
                out.println(median.toJson().replace("}", String.format(Locale.ROOT,
                        ", \"cold_samples_per_s\": %.1f, \"best_samples_per_s\": %.1f, \"roofline_gflops\": %.1f}",
                        cold.samplesPerS(), best.samplesPerS(), roofline)));
            } else {
                out.printf(Locale.ROOT, "%s on %s, %d thread(s): cold %.1f epochs/s (%.0f samples/s); warm median "
                                + "%.1f epochs/s, %.0f samples/s, %.2f GFLOP/s (%.0f%% of roofline); warm best "
                                + "%.1f epochs/s, %.0f samples/s (%.0f%% of roofline); final loss %.5f; "
                                + "CPU/wall %.2f%n",
                        load.name(), median.backend(), threads, cold.epochsPerS(), cold.samplesPerS(),
                        median.epochsPerS(), median.samplesPerS(), median.gflops(), 100 * median.gflops() / roofline,
                        best.epochsPerS(), best.samplesPerS(), 100 * best.gflops() / roofline,
                        median.finalLoss(), median.cpuSeconds() / median.seconds());
            }
            if (peers) {
                for (BenchmarkResult peer : PeerRunner.run(load, threads)) {
                    if (json) {
                        out.println(peer.toJson());
                    } else {
                        out.printf(Locale.ROOT, "  peer %s: %.1f epochs/s, %.0f samples/s, final loss %.5f; "
                                        + "CPU/wall %.2f; DeepDesk is %.2fx its speed%n", peer.backend(),
                                peer.epochsPerS(), peer.samplesPerS(), peer.finalLoss(),
                                peer.cpuSeconds() / peer.seconds(), median.samplesPerS() / peer.samplesPerS());
                    }
                }
            }
        }
        return 0;
    }
}

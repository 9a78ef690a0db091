package deepdesk.core.engine.bench;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Batch;
import deepdesk.core.engine.MiniBatcher;
import deepdesk.core.engine.Network;
import deepdesk.core.engine.Optimizer;
import deepdesk.core.engine.RandomSource;

import com.sun.management.OperatingSystemMXBean;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Trains a workload with the plain loop (shuffle, batches, gradients, update) and times it.
 *
 * <p>Threading: runs on the caller's thread.
 */
public final class WorkloadRunner {

    private WorkloadRunner() {
    }

    /**
     * One timed run from fresh weights.
     *
     * @param workload the workload
     * @param backend  the backend (AUTO is resolved by the cost rule)
     * @param threads  the thread count to report (the caller has configured the libraries)
     * @param seed     seed of the weights and the shuffling
     */
    public static BenchmarkResult run(Workload workload, BackendKind backend, int threads, long seed) {
        Network network = Network.create(workload.spec(), backend, workload.batchSize(), seed);
        Optimizer optimizer = Optimizer.create(workload.optimizer(), network.layout().size());
        float[] gradient = new float[network.layout().size()];
        MiniBatcher batcher = new MiniBatcher(workload.features(), workload.targets(), workload.rows(),
                workload.spec().inputWidth(), workload.spec().targetWidth(), workload.batchSize());
        RandomSource rng = new RandomSource(seed + 1);
        float rate = (float) workload.optimizer().learningRate();
        double epochLoss = 0;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        for (int epoch = 0; epoch < workload.epochs(); epoch++) {
            batcher.shuffle(rng);
            epochLoss = 0;
            for (int b = 0; b < batcher.batchCount(); b++) {
                Batch batch = batcher.batch(b);
                epochLoss += network.computeGradients(batch, gradient, rng);
                optimizer.update(network.parameters(), gradient, 1f / batch.rows(), rate);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        double samples = (double) workload.rows() * workload.epochs();
        return new BenchmarkResult(workload.name(), network.backend().name().toLowerCase(Locale.ROOT),
                threads, seconds, cpuSeconds, workload.epochs() / seconds, samples / seconds,
                samples * workload.flopsPerSample() / seconds / 1e9, epochLoss / workload.rows());
    }
}

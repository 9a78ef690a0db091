package deepdesk.core.spark;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Batch;
import deepdesk.core.engine.Network;
import deepdesk.core.engine.RandomSource;
import org.apache.spark.TaskContext;

import java.io.Serializable;

/**
 * The executor's half of a synchronous step: the summed gradient of the block's rows in one
 * global batch, computed by the engine's own {@link Network#computeGradients}.
 *
 * <p>Threading: immutable and serializable; {@link #gradient} runs in a task.
 */
final class GradientTask implements Serializable {

    private static final long serialVersionUID = 1L;

    private final DistributedEvaluation targets;
    private final String specJson;
    private final BackendKind backend;
    private final int batchSize;
    private final long trainRows;
    private final long seed;
    private final double inputNoise;
    private final boolean[] noisy;

    GradientTask(DistributedEvaluation targets, String specJson, BackendKind backend, int batchSize,
                 long trainRows, long seed, double inputNoise, boolean[] noisy) {
        this.targets = targets;
        this.specJson = specJson;
        this.backend = backend;
        this.batchSize = batchSize;
        this.trainRows = trainRows;
        this.seed = seed;
        this.inputNoise = inputNoise;
        this.noisy = noisy;
    }

    /**
     * Adds the block's share of batch {@code batch} of epoch {@code epoch} to {@code sum}.
     *
     * @param step the run's step, which seeds this block's dropout masks and noise
     */
    GradientSum gradient(GradientSum sum, PreparedBlock block, float[] parameters, int epoch,
                         int batch, long step) {
        if (block.rows() == 0) {
            return sum;
        }
        int[] rows = block.rowsOfGlobalBatch(trainRows, seed, epoch, batchSize, batch);
        if (rows.length == 0) {
            return sum;
        }
        int partition = TaskContext.get() == null ? 0 : TaskContext.get().partitionId();
        // decision: dropout masks and input noise are drawn per partition from (seed, step,
        // partition): statistically the local trainer's, but not the same numbers, so runs that
        // use them are reproducible on a cluster yet not equal to a local run.
        RandomSource random = new RandomSource(seed * 0x9E3779B97F4A7C15L + step * 1_000_003L
                + partition);
        float[] lossTargets = targets.lossTargets(block);
        int targetWidth = ExecutorNetworks.spec(specJson).targetWidth();
        Batch rowsOfBatch = block.batch(rows, lossTargets, targetWidth);
        addNoise(rowsOfBatch, block.width(), random);
        Network network = ExecutorNetworks.borrow(specJson, backend, batchSize);
        try {
            network.setParameters(parameters);
            float[] gradient = new float[parameters.length];
            double lossSum = network.computeGradients(rowsOfBatch, gradient, random);
            return sum.add(gradient, lossSum, rows.length);
        } finally {
            ExecutorNetworks.giveBack(specJson, backend, batchSize, network);
        }
    }

    /** Gaussian noise on the continuous features of a batch, as the local trainer adds it. */
    void addNoise(Batch batch, int width, RandomSource random) {
        if (inputNoise <= 0) {
            return;
        }
        float[] features = batch.features();
        for (int r = 0; r < batch.rows(); r++) {
            for (int j = 0; j < width; j++) {
                if (noisy[j]) {
                    features[r * width + j] += (float) (inputNoise * random.nextGaussian());
                }
            }
        }
    }
}

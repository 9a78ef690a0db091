package deepdesk.core.spark;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Batch;
import deepdesk.core.engine.Network;
import deepdesk.core.engine.RandomSource;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.UpdateStep;
import org.apache.spark.TaskContext;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The executor's half of a parameter-averaging round: from the broadcast weights and optimiser
 * state, train up to K local batches of the block's own rows with the engine's network and
 * {@link UpdateStep}, and hand back the resulting weights and state.
 *
 * <p>Each partition walks its rows in its own seeded order per epoch; round {@code r} of an
 * epoch trains the batches {@code r*K .. r*K+K-1} of that order, so an epoch passes over every
 * row once.
 *
 * <p>Threading: immutable and serializable; {@link #train} runs in a task.
 */
final class AveragingTask implements Serializable {

    private static final long serialVersionUID = 1L;

    private final DistributedEvaluation targets;
    private final GradientTask noise;
    private final String specJson;
    private final String configJson;
    private final BackendKind backend;
    private final int batchSize;
    private final int localSteps;
    private final long seed;

    AveragingTask(DistributedEvaluation targets, GradientTask noise, String specJson,
                  TrainingConfig config, int localSteps) {
        this.targets = targets;
        this.noise = noise;
        this.specJson = specJson;
        this.configJson = JsonText.write(config);
        this.backend = config.backend();
        this.batchSize = config.batchSize();
        this.localSteps = localSteps;
        this.seed = config.seed();
    }

    /** Adds this block's round to {@code sum}. */
    AveragingSum train(AveragingSum sum, PreparedBlock block, float[] parameters, float[] state,
                       int epoch, int round, double learningRate) {
        int start = round * localSteps * batchSize;
        if (block.rows() <= start) {
            return sum;
        }
        int partition = TaskContext.get() == null ? 0 : TaskContext.get().partitionId();
        long partitionSeed = seed * 0x9E3779B97F4A7C15L + partition + 1;
        int[] order = block.localOrder(partitionSeed, epoch);
        RandomSource random = new RandomSource(partitionSeed * 31 + (long) epoch * 1_000_003L + round);
        TrainingConfig config = JsonText.read(configJson, TrainingConfig.class);
        float[] lossTargets = targets.lossTargets(block);
        int targetWidth = ExecutorNetworks.spec(specJson).targetWidth();
        Network network = ExecutorNetworks.borrow(specJson, backend, batchSize);
        try {
            network.setParameters(parameters);
            UpdateStep update = new UpdateStep(config.optimizer(), config.regularization(),
                    network.layout());
            update.setOptimizerState(state);
            float[] gradient = new float[parameters.length];
            double lossSum = 0;
            long rows = 0;
            long steps = 0;
            for (int k = 0; k < localSteps; k++) {
                int from = start + k * batchSize;
                if (from >= block.rows()) {
                    break;
                }
                int[] local = Arrays.copyOfRange(order, from, Math.min(block.rows(), from + batchSize));
                Batch batch = block.batch(local, lossTargets, targetWidth);
                noise.addNoise(batch, block.width(), random);
                double batchLoss = network.computeGradients(batch, gradient, random);
                if (!Double.isFinite(batchLoss)) {
                    return sum.diverged("loss became " + batchLoss / local.length + " in partition "
                            + partition);
                }
                if (!update.apply(network.parameters(), gradient, local.length, learningRate)) {
                    return sum.diverged(update.problem() + " in partition " + partition);
                }
                lossSum += batchLoss;
                rows += local.length;
                steps++;
            }
            return sum.add(network.parameters(), update.optimizerState(), lossSum, rows, steps);
        } finally {
            ExecutorNetworks.giveBack(specJson, backend, batchSize, network);
        }
    }
}

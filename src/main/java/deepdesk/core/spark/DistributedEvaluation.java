package deepdesk.core.spark;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Network;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.PreparedSplit;
import deepdesk.core.training.LossTargets;
import deepdesk.core.training.MetricsAccumulator;
import deepdesk.core.training.SplitMetrics;
import deepdesk.core.training.TargetScaling;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import java.io.Serializable;

/**
 * Measures weights on a split where its blocks live: each partition runs the engine's loss and
 * predictions over its rows into a {@link MetricsAccumulator}, and {@code treeAggregate} merges
 * them, which gives the metrics a {@link deepdesk.core.training.SplitEvaluator} gives in memory.
 *
 * <p>Threading: immutable and serializable; {@link #evaluate} runs on the driver, {@link #measure}
 * in tasks.
 */
final class DistributedEvaluation implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CHUNK_ROWS = 256;

    private final String specJson;
    private final TargetScaling scaling;
    private final BackendKind backend;
    private final String runKey;

    /**
     * @param scaling how the weights' outputs relate to the targets (identity for weights that
     *                predict in the targets' own units)
     * @param runKey  names the loss-target encoding cached in the blocks
     */
    DistributedEvaluation(ModelSpec spec, TargetScaling scaling, BackendKind backend, String runKey) {
        this.specJson = JsonText.write(spec);
        this.scaling = scaling;
        this.backend = backend;
        this.runKey = runKey;
    }

    /** The metrics of {@code weights} over every block. */
    SplitMetrics evaluate(JavaRDD<PreparedBlock> blocks, float[] weights, int classCount) {
        ModelSpec spec = ExecutorNetworks.spec(specJson);
        JavaSparkContext context = JavaSparkContext.fromSparkContext(blocks.context());
        Broadcast<float[]> shared = context.broadcast(weights.clone());
        try {
            MetricsAccumulator zero = new MetricsAccumulator(spec.output(), spec.outputWidth(),
                    classCount, spec.targetWidth());
            DistributedEvaluation task = this;
            MetricsAccumulator total = blocks.treeAggregate(zero, (sum, block) -> {
                sum.merge(task.measure(block, shared.value(), classCount));
                return sum;
            }, (a, b) -> {
                a.merge(b);
                return a;
            }, 2);
            return total.result();
        } finally {
            shared.destroy();
        }
    }

    /** The metrics of one block. */
    MetricsAccumulator measure(PreparedBlock block, float[] weights, int classCount) {
        ModelSpec spec = ExecutorNetworks.spec(specJson);
        MetricsAccumulator metrics = new MetricsAccumulator(spec.output(), spec.outputWidth(),
                classCount, spec.targetWidth());
        if (block.rows() == 0) {
            return metrics;
        }
        Network network = ExecutorNetworks.borrow(specJson, backend, CHUNK_ROWS);
        try {
            network.setParameters(weights);
            float[] targets = lossTargets(block);
            PreparedSplit split = block.split();
            double loss = network.loss(split.features(), targets, split.rows());
            float[] outputs = new float[split.rows() * spec.outputWidth()];
            network.predict(split.features(), split.rows(), outputs);
            scaling.unscaleOutputs(outputs, split.rows());
            metrics.add(outputs, split.labels(), split.targets(), 0, split.rows(), loss);
            return metrics;
        } finally {
            ExecutorNetworks.giveBack(specJson, backend, CHUNK_ROWS, network);
        }
    }

    /** The block's targets as this run's loss reads them, cached in the block. */
    float[] lossTargets(PreparedBlock block) {
        ModelSpec spec = ExecutorNetworks.spec(specJson);
        return block.lossTargets(runKey, split -> scaling.scale(LossTargets.encode(spec, split)));
    }
}

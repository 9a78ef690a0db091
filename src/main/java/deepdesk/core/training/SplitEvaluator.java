package deepdesk.core.training;

import deepdesk.core.engine.Network;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.PreparedSplit;

/**
 * Measures a network on a whole split: mean loss plus accuracy and the confusion matrix for
 * classification, or R² and RMSE for regression, with no dropout or noise.
 *
 * <p>Threading: not thread-safe; use it on the thread that owns the network.
 */
public final class SplitEvaluator {

    private final ModelSpec spec;
    private final TargetScaling scaling;
    private float[] outputs = new float[0];

    /** @param spec the spec of the networks it will measure, which predict in target units */
    public SplitEvaluator(ModelSpec spec) {
        this(spec, TargetScaling.fit(spec, null));
    }

    /** An evaluator for a network that predicts standardised targets. */
    SplitEvaluator(ModelSpec spec, TargetScaling scaling) {
        this.spec = spec;
        this.scaling = scaling;
    }

    /**
     * Evaluates {@code network} on {@code split}.
     *
     * @param network       the network, with the parameters to measure
     * @param split         the rows
     * @param engineTargets the split's targets in the form (and scale) the loss expects
     */
    public SplitMetrics evaluate(Network network, PreparedSplit split, float[] engineTargets) {
        MetricsAccumulator metrics = new MetricsAccumulator(spec.output(), spec.outputWidth(),
                split.isClassification() ? split.classCount() : 0, split.targetWidth());
        int rows = split.rows();
        if (rows == 0) {
            return metrics.result();
        }
        int needed = rows * spec.outputWidth();
        if (outputs.length < needed) {
            outputs = new float[needed];
        }
        double loss = network.loss(split.features(), engineTargets, rows);
        network.predict(split.features(), rows, outputs);
        scaling.unscaleOutputs(outputs, rows);
        metrics.add(outputs, split.labels(), split.targets(), 0, rows, loss);
        return metrics.result();
    }
}

package deepdesk.ui.learn;

import deepdesk.core.training.EpochMetrics;
import deepdesk.ui.common.chart.ChartSeries;

/**
 * The two loss curves of a lesson's run, training and held-out, fed with the epochs as they
 * arrive; a new run starts the curves over.
 *
 * <p>Threading: FX thread only.
 */
final class LossCurves {

    private final ChartSeries train;
    private final ChartSeries heldOut;
    private long run = -1;

    /**
     * @param train   the curve of the training loss
     * @param heldOut the curve of the validation or test loss
     */
    LossCurves(ChartSeries train, ChartSeries heldOut) {
        this.train = train;
        this.heldOut = heldOut;
    }

    /** Adds the epochs that arrived, clearing both curves first when they belong to a new run. */
    void add(LessonTraining.Epochs arrived) {
        if (arrived.runId() != run) {
            run = arrived.runId();
            train.clear();
            heldOut.clear();
        }
        int n = arrived.epochs().size();
        double[] xs = new double[n];
        double[] trainLoss = new double[n];
        double[] heldOutLoss = new double[n];
        for (int i = 0; i < n; i++) {
            EpochMetrics m = arrived.epochs().get(i);
            xs[i] = m.epoch();
            trainLoss[i] = m.train().loss();
            heldOutLoss[i] = m.validation() == null ? Double.NaN : m.validation().loss();
        }
        train.addAll(xs, trainLoss);
        heldOut.addAll(xs, heldOutLoss);
    }
}

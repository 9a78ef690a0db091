package deepdesk.ui.training;

import deepdesk.core.common.CancelledException;
import deepdesk.core.training.BatchResult;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.Trainer;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingData;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * The learning-rate range test (Leslie Smith's): trains a fresh copy of the model for a few
 * hundred batches while the learning rate grows exponentially from tiny to large, records the
 * loss of each batch, and suggests the rate where the smoothed loss fell fastest. The test stops
 * early once the loss has clearly blown up.
 *
 * <p>Threading: {@link #sweep} runs on the calling thread (a background thread in the app) and
 * works on its own trainer; the finder itself is immutable.
 *
 * @see <a href="https://arxiv.org/abs/1506.01186">Cyclical Learning Rates for Training Neural Networks</a>
 */
public final class LearningRateFinder {

    private static final double SMOOTHING = 0.9;
    private static final double BLOW_UP = 4;

    private final double lowest;
    private final double highest;
    private final int batches;

    /**
     * Creates a finder.
     *
     * @param lowest  the first learning rate tried
     * @param highest the last learning rate tried
     * @param batches the number of batches (and rates) in the sweep, at least 10
     */
    public LearningRateFinder(double lowest, double highest, int batches) {
        if (!(lowest > 0) || !(highest > lowest) || batches < 10) {
            throw new IllegalArgumentException("need 0 < lowest < highest and at least 10 batches");
        }
        this.lowest = lowest;
        this.highest = highest;
        this.batches = batches;
    }

    /** The usual range: 1e-5 to 1 over 120 batches. */
    public static LearningRateFinder standard() {
        return new LearningRateFinder(1e-5, 1, 120);
    }

    /**
     * Runs the sweep.
     *
     * @param config    the run's settings; its learning rate, epochs and early stopping are
     *                  overridden
     * @param data      the data to train on
     * @param cancelled checked between batches
     * @throws CancelledException when cancelled
     */
    public LearningRateSweep sweep(TrainingConfig config, TrainingData data, BooleanSupplier cancelled) {
        TrainingConfig sweepConfig = config.withMaxEpochs(Integer.MAX_VALUE / 2)
                .withEarlyStopping(EarlyStopping.OFF).withTargetLoss(0);
        Trainer trainer = new Trainer(sweepConfig, data);
        double[] rates = new double[batches];
        double[] losses = new double[batches];
        double[] smoothed = new double[batches];
        double average = 0;
        double best = Double.POSITIVE_INFINITY;
        int count = 0;
        double ratio = Math.log(highest / lowest);
        for (int i = 0; i < batches; i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancelledException();
            }
            double rate = lowest * Math.exp(ratio * i / (batches - 1));
            trainer.setLearningRate(rate);
            BatchResult batch = trainer.trainBatch();
            if (batch.diverged()) {
                break;
            }
            if (batch.endsEpoch()) {
                trainer.completeEpoch();
            }
            average = SMOOTHING * average + (1 - SMOOTHING) * batch.loss();
            double debiased = average / (1 - Math.pow(SMOOTHING, i + 1));
            rates[i] = rate;
            losses[i] = batch.loss();
            smoothed[i] = debiased;
            count++;
            best = Math.min(best, debiased);
            if (i > 10 && debiased > BLOW_UP * best) {
                break;
            }
            if (trainer.isDone()) {
                break;
            }
        }
        rates = Arrays.copyOf(rates, count);
        losses = Arrays.copyOf(losses, count);
        smoothed = Arrays.copyOf(smoothed, count);
        return new LearningRateSweep(rates, losses, smoothed, suggest(rates, smoothed));
    }

    /**
     * The rate at the steepest fall of the smoothed loss against log rate, before its minimum;
     * a tenth of the rate at the minimum when the curve never falls.
     */
    static double suggest(double[] rates, double[] smoothed) {
        int n = rates.length;
        if (n == 0) {
            return Double.NaN;
        }
        int minimum = 0;
        for (int i = 1; i < n; i++) {
            if (smoothed[i] < smoothed[minimum]) {
                minimum = i;
            }
        }
        int steepest = -1;
        double steepestSlope = 0;
        // decision: skip the first batches, whose smoothed loss is still dominated by the start.
        for (int i = Math.min(5, n - 1); i + 1 <= minimum; i++) {
            double slope = (smoothed[i + 1] - smoothed[i]) / Math.log(rates[i + 1] / rates[i]);
            if (slope < steepestSlope) {
                steepestSlope = slope;
                steepest = i;
            }
        }
        return steepest >= 0 ? rates[steepest] : rates[minimum] / 10;
    }
}

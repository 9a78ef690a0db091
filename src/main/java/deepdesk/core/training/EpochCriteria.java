package deepdesk.core.training;

import deepdesk.core.engine.LearningRateSchedule;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * What every kind of run does once an epoch's metrics are measured: the learning-rate schedule
 * sees the monitored loss, the best weights so far are kept, and the stop criteria (target loss,
 * early stopping with the best weights restored, maximum epochs) decide whether the run ends. The
 * local {@link Trainer} and runs computed on a cluster share it, so they stop alike.
 *
 * <p>Threading: not thread-safe; owned by the thread that drives the run.
 */
public final class EpochCriteria {

    /**
     * How a run ended.
     *
     * @param reason  why
     * @param message the reason in words a person can act on
     */
    public record End(StopReason reason, String message) {
    }

    private final TrainingConfig config;
    private final LearningRateSchedule schedule;
    private final float[] bestWeights;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int bestEpoch;
    private double patienceReference = Double.POSITIVE_INFINITY;
    private int epochsWithoutImprovement;

    /**
     * @param config         the run's stop criteria
     * @param schedule       the run's learning-rate schedule, told of each epoch's loss
     * @param initialWeights the weights before training, the best until an epoch improves on them
     */
    public EpochCriteria(TrainingConfig config, LearningRateSchedule schedule, float[] initialWeights) {
        this.config = config;
        this.schedule = schedule;
        this.bestWeights = initialWeights.clone();
    }

    /** The epoch with the lowest monitored loss so far, or 0. */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** The weights of the best epoch, owned by this object: copy before changing. */
    public float[] bestWeights() {
        return bestWeights;
    }

    /**
     * Applies an epoch's finite metrics.
     *
     * @param metrics the epoch just completed
     * @param weights the run's live weights; the best ones are copied back into them when the
     *                run ends on them
     * @return how the run ends, or {@code null} when it goes on
     */
    public End afterEpoch(EpochMetrics metrics, float[] weights) {
        int epoch = metrics.epoch();
        double monitored = metrics.monitoredLoss();
        schedule.onEpochEnd(monitored);
        if (monitored < bestLoss) {
            bestLoss = monitored;
            bestEpoch = epoch;
            System.arraycopy(weights, 0, bestWeights, 0, bestWeights.length);
        }
        EarlyStopping early = config.earlyStopping();
        if (monitored < patienceReference - early.minDelta()) {
            patienceReference = monitored;
            epochsWithoutImprovement = 0;
        } else {
            epochsWithoutImprovement++;
        }
        double trainLoss = metrics.train().loss();
        if (config.targetLoss() > 0 && trainLoss <= config.targetLoss()) {
            return new End(StopReason.TARGET_LOSS, "the training loss " + format(trainLoss)
                    + " reached the target " + format(config.targetLoss()) + " after "
                    + epoch + " epochs");
        }
        if (early.enabled() && epochsWithoutImprovement >= early.patience()) {
            System.arraycopy(bestWeights, 0, weights, 0, bestWeights.length);
            return new End(StopReason.EARLY_STOPPING, "no improvement for " + early.patience()
                    + " epochs; restored the weights of epoch " + bestEpoch);
        }
        if (epoch >= config.maxEpochs()) {
            String message = "trained the maximum of " + config.maxEpochs() + " epochs";
            if (early.enabled() && bestEpoch < epoch) {
                // decision: with early stopping on, a run that uses all its epochs also ends on
                // its best weights, as if it had stopped there.
                System.arraycopy(bestWeights, 0, weights, 0, bestWeights.length);
                message += "; restored the weights of epoch " + bestEpoch;
            }
            return new End(StopReason.MAX_EPOCHS, message);
        }
        return null;
    }

    /**
     * The message of a run that diverged, with advice a person can act on.
     *
     * @param what         what happened, such as "loss became NaN"
     * @param learningRate the rate of the batch where it happened
     */
    public static String divergence(String what, int epoch, int batch, double learningRate) {
        String advice;
        if (learningRate > 1e-6) {
            advice = "the learning rate " + format(learningRate) + " is probably too high; try "
                    + format(learningRate / 100);
        } else {
            advice = "the inputs may hold extreme values; standardise them or set a clip norm";
        }
        return what + " at epoch " + epoch + ", batch " + batch + "; " + advice;
    }

    /** A number for a message: up to three significant digits, no exponent for usual rates. */
    static String format(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value)
                .round(new MathContext(3)).stripTrailingZeros();
        String text = rounded.abs().compareTo(BigDecimal.valueOf(1e-6)) < 0
                ? rounded.toString() : rounded.toPlainString();
        return text.contains(".") || text.contains("E") ? text : text + ".0";
    }
}

package deepdesk.core.engine;

import deepdesk.core.model.ScheduleConfig;
import deepdesk.core.model.ScheduleKind;

/**
 * Turns the base learning rate into the rate for an epoch. Reduce-on-plateau keeps state,
 * updated by {@link #onEpochEnd(double)}.
 *
 * <p>Threading: not thread-safe; one owner thread (the training thread).
 */
public final class LearningRateSchedule {

    private final ScheduleConfig config;
    private double plateauFactor = 1;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int epochsWithoutImprovement;

    /** The schedule of {@code config}. */
    public LearningRateSchedule(ScheduleConfig config) {
        this.config = config;
    }

    /**
     * The learning rate of an epoch.
     *
     * @param epoch    0-based epoch number
     * @param baseRate the optimiser's base learning rate
     */
    public double rate(int epoch, double baseRate) {
        return switch (config.kind()) {
            case CONSTANT -> baseRate;
            case STEP -> baseRate * Math.pow(config.factor(), epoch / config.stepEpochs());
            case COSINE -> {
                double progress = Math.min(1.0, (double) epoch / config.periodEpochs());
                double floor = Math.min(config.minRate(), baseRate);
                yield floor + (baseRate - floor) * 0.5 * (1 + Math.cos(Math.PI * progress));
            }
            case REDUCE_ON_PLATEAU -> Math.max(baseRate * plateauFactor, Math.min(config.minRate(), baseRate));
        };
    }

    /**
     * Reports the validation loss at the end of an epoch (used by reduce-on-plateau).
     *
     * @return whether the rate was reduced
     */
    public boolean onEpochEnd(double validationLoss) {
        if (Double.isNaN(validationLoss)) {
            return false;
        }
        if (validationLoss < bestLoss - config.minDelta()) {
            bestLoss = validationLoss;
            epochsWithoutImprovement = 0;
            return false;
        }
        epochsWithoutImprovement++;
        if (config.kind() == ScheduleKind.REDUCE_ON_PLATEAU && epochsWithoutImprovement > config.patience()) {
            plateauFactor *= config.factor();
            epochsWithoutImprovement = 0;
            return true;
        }
        return false;
    }

    /** Forgets the plateau state, as if newly created. */
    public void reset() {
        plateauFactor = 1;
        bestLoss = Double.POSITIVE_INFINITY;
        epochsWithoutImprovement = 0;
    }
}

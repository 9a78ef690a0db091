package deepdesk.core.model;

import java.util.Objects;

/**
 * The learning-rate schedule and its settings. Settings a kind does not use are ignored.
 *
 * <p>Threading: immutable.
 *
 * @param kind         How the learning rate changes over the epochs.
 * @param stepEpochs   For step decay: the rate is multiplied by the factor every this many
 *                     epochs. Default 10.
 * @param factor       For step decay and reduce-on-plateau: what the rate is multiplied by, between
 *                     0 and 1. Default 0.5.
 * @param periodEpochs For cosine: the number of epochs over which the rate falls to the floor.
 *                     Default 100.
 * @param minRate      For cosine and reduce-on-plateau: the rate never goes below this. Default 0.
 * @param patience     For reduce-on-plateau: epochs without improvement of the validation loss
 *                     before the rate is reduced. Default 5.
 * @param minDelta     For reduce-on-plateau: the smallest fall of the validation loss that counts
 *                     as an improvement. Default 0.0001.
 */
public record ScheduleConfig(ScheduleKind kind, int stepEpochs, double factor, int periodEpochs,
                             double minRate, int patience, double minDelta) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException when a setting is out of its range
     */
    public ScheduleConfig {
        Objects.requireNonNull(kind, "kind");
        if (stepEpochs < 1 || periodEpochs < 1 || patience < 0) {
            throw new IllegalArgumentException("step epochs and period must be at least 1, patience at least 0");
        }
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("factor must be in (0, 1], got " + factor);
        }
        if (!(minRate >= 0) || !(minDelta >= 0)) {
            throw new IllegalArgumentException("minimum rate and minimum delta must be at least 0");
        }
    }

    /** A constant learning rate. */
    public static ScheduleConfig constant() {
        return new ScheduleConfig(ScheduleKind.CONSTANT, 10, 0.5, 100, 0, 5, 1e-4);
    }

    /** Multiply the rate by {@code factor} every {@code stepEpochs} epochs. */
    public static ScheduleConfig step(int stepEpochs, double factor) {
        return new ScheduleConfig(ScheduleKind.STEP, stepEpochs, factor, 100, 0, 5, 1e-4);
    }

    /** Fall along a half cosine from the base rate to {@code minRate} over {@code periodEpochs}. */
    public static ScheduleConfig cosine(int periodEpochs, double minRate) {
        return new ScheduleConfig(ScheduleKind.COSINE, 10, 0.5, periodEpochs, minRate, 5, 1e-4);
    }

    /** Multiply the rate by {@code factor} after {@code patience} epochs without improvement. */
    public static ScheduleConfig reduceOnPlateau(int patience, double factor, double minRate) {
        return new ScheduleConfig(ScheduleKind.REDUCE_ON_PLATEAU, 10, factor, 100, minRate, patience, 1e-4);
    }
}

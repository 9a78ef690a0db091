package deepdesk.core.model;

import java.util.Objects;

/**
 * The optimiser and its settings. Settings a kind does not use are ignored.
 *
 * <p>Threading: immutable.
 *
 * @param kind         Which optimiser updates the weights.
 * @param learningRate How far each update moves the weights; the base rate before any schedule.
 *                     Typical: 0.01 to 0.1 for SGD, 0.001 for Adam.
 * @param momentum     For momentum and Nesterov: the fraction of the previous step kept in the
 *                     next, from 0 to below 1. Default 0.9.
 * @param beta1        For Adam and AdamW: decay rate of the running mean of gradients. Default
 *                     0.9.
 * @param beta2        For Adam and AdamW: decay rate of the running mean of squared gradients.
 *                     Default 0.999.
 * @param epsilon      For Adam, AdamW, RMSProp and Adagrad: a small number added to the
 *                     denominator so steps stay finite. Default 1e-8.
 * @param weightDecay  For AdamW: the fraction of each weight removed per step, times the
 *                     learning rate. Default 0.01.
 * @param rho          For RMSProp: decay rate of the running mean of squared gradients. Default
 *                     0.9.
 */
public record OptimizerConfig(OptimizerKind kind, double learningRate, double momentum, double beta1,
                              double beta2, double epsilon, double weightDecay, double rho) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException when a setting is out of its range
     */
    public OptimizerConfig {
        Objects.requireNonNull(kind, "kind");
        requireRange("learning rate", learningRate, 0, Double.MAX_VALUE, false);
        requireRange("momentum", momentum, 0, 1, true);
        requireRange("beta1", beta1, 0, 1, true);
        requireRange("beta2", beta2, 0, 1, true);
        requireRange("epsilon", epsilon, 0, 1, true);
        requireRange("weight decay", weightDecay, 0, 1, true);
        requireRange("rho", rho, 0, 1, true);
    }

    private static void requireRange(String name, double value, double low, double high,
                                     boolean lowInclusive) {
        boolean aboveLow = lowInclusive ? value >= low : value > low;
        if (!(aboveLow && value <= high) || Double.isNaN(value)) {
            throw new IllegalArgumentException(name + " out of range: " + value);
        }
    }

    /** The given kind with its usual default settings. */
    public static OptimizerConfig defaults(OptimizerKind kind) {
        double rate = switch (kind) {
            case SGD, MOMENTUM, NESTEROV, ADAGRAD -> 0.01;
            case ADAM, ADAMW, RMSPROP -> 0.001;
        };
        return new OptimizerConfig(kind, rate, 0.9, 0.9, 0.999, 1e-8, 0.01, 0.9);
    }

    /** Plain SGD with the given learning rate. */
    public static OptimizerConfig sgd(double learningRate) {
        return defaults(OptimizerKind.SGD).withLearningRate(learningRate);
    }

    /** Adam with the given learning rate and the usual betas. */
    public static OptimizerConfig adam(double learningRate) {
        return defaults(OptimizerKind.ADAM).withLearningRate(learningRate);
    }

    /** A copy with another learning rate. */
    public OptimizerConfig withLearningRate(double rate) {
        return new OptimizerConfig(kind, rate, momentum, beta1, beta2, epsilon, weightDecay, rho);
    }
}

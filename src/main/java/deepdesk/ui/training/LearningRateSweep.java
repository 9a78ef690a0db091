package deepdesk.ui.training;

/**
 * The result of a learning-rate range test: the loss of each batch of a short run whose learning
 * rate grew exponentially, and the rate it suggests.
 *
 * <p>Threading: immutable by convention; the arrays are not written after it is built.
 *
 * @param rates          the learning rate of each batch, growing
 * @param losses         each batch's loss
 * @param smoothedLosses the losses after exponential smoothing (weight 0.9), which the
 *                       suggestion is read from
 * @param suggested      the suggested learning rate: where the smoothed loss fell fastest
 */
public record LearningRateSweep(double[] rates, double[] losses, double[] smoothedLosses,
                                double suggested) {
}

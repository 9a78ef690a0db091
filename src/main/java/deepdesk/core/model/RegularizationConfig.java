package deepdesk.core.model;

/**
 * Penalties on the weights and the gradient clipping threshold. Biases are never penalised.
 *
 * <p>Threading: immutable.
 *
 * @param l1       L1 strength: adds this times the sum of absolute weights to the loss, pushing
 *                 weights to exactly zero. Default 0 (off).
 * @param l2       L2 strength: adds this times the sum of squared weights to the loss, keeping
 *                 weights small. Default 0 (off).
 * @param clipNorm If above 0, the gradient is scaled down whenever its overall length (L2 norm)
 *                 exceeds this value. Default 0 (off).
 */
public record RegularizationConfig(double l1, double l2, double clipNorm) {

    /** No regularisation and no clipping. */
    public static final RegularizationConfig NONE = new RegularizationConfig(0, 0, 0);

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException when a value is negative or not a number
     */
    public RegularizationConfig {
        if (!(l1 >= 0) || !(l2 >= 0) || !(clipNorm >= 0)) {
            throw new IllegalArgumentException("L1, L2 and clip norm must be at least 0");
        }
    }
}

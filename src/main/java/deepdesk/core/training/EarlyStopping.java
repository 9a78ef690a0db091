package deepdesk.core.training;

/**
 * When to stop a run that no longer improves.
 *
 * <p>Threading: immutable.
 *
 * @param patience Epochs to wait for the validation loss (the training loss when there is no
 *                 validation data) to improve before training stops. The run then ends on the
 *                 best weights seen, also when it reaches the maximum number of epochs first.
 *                 0 turns early stopping off. Default 40.
 * @param minDelta The smallest fall of that loss that counts as an improvement. Default 0.0001.
 */
public record EarlyStopping(int patience, double minDelta) {

    /** Early stopping turned off. */
    public static final EarlyStopping OFF = new EarlyStopping(0, 0);

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException when patience or minimum delta is negative
     */
    public EarlyStopping {
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be at least 0, got " + patience);
        }
        if (!(minDelta >= 0) || Double.isInfinite(minDelta)) {
            throw new IllegalArgumentException("minimum delta must be a number at least 0, got " + minDelta);
        }
    }

    /** Early stopping with the given patience and a minimum delta of 0.0001. */
    public static EarlyStopping after(int patience) {
        return new EarlyStopping(patience, 1e-4);
    }

    /** Whether early stopping is on. */
    public boolean enabled() {
        return patience > 0;
    }
}

package deepdesk.core.lesson;

/**
 * The experiment of the overfitting lesson: a few noisy points of a smooth curve, a network that
 * can be made far larger than they need, and the remedies (L2, dropout, early stopping).
 *
 * <p>Threading: immutable.
 *
 * @param trainPoints   How many noisy points the network learns from. Few points make
 *                      overfitting easy to see. Default: 16.
 * @param noise         Standard deviation of the Gaussian noise added to every y, in the units of
 *                      y (the curve itself swings between about -1 and 1). Default: 0.3.
 * @param hiddenUnits   Neurons in each of the network's two hidden tanh layers: the network's
 *                      size. Default: 64.
 * @param l2            L2 strength: adds this times the sum of squared weights to the loss,
 *                      which keeps the fitted curve smooth. 0 turns it off. Default: 0.
 * @param dropout       Fraction of each hidden layer's outputs dropped at random in every
 *                      training step, from 0 (off) to 0.5. Default: 0.
 * @param earlyStopping Whether training stops once the validation loss has not improved for
 *                      {@code patience} epochs, going back to the best weights. Default: off.
 * @param patience      Epochs to wait for the validation loss to improve before stopping, when
 *                      early stopping is on. Default: 100.
 * @param seed          One number that fixes the points, the noise and the initial weights.
 *                      Default: 11.
 */
public record OverfittingSettings(int trainPoints, double noise, int hiddenUnits, double l2,
                                  double dropout, boolean earlyStopping, int patience, long seed) {

    /** The fewest training points. */
    public static final int MIN_POINTS = 4;
    /** The most training points. */
    public static final int MAX_POINTS = 200;
    /** The largest hidden layer. */
    public static final int MAX_UNITS = 256;
    /** The largest dropout fraction. */
    public static final double MAX_DROPOUT = 0.5;

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public OverfittingSettings {
        if (trainPoints < MIN_POINTS || trainPoints > MAX_POINTS) {
            throw new IllegalArgumentException("training points must be between " + MIN_POINTS
                    + " and " + MAX_POINTS + ", got " + trainPoints);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be 0 or more, got " + noise);
        }
        if (hiddenUnits < 1 || hiddenUnits > MAX_UNITS) {
            throw new IllegalArgumentException("hidden units must be between 1 and " + MAX_UNITS
                    + ", got " + hiddenUnits);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("L2 must be 0 or more, got " + l2);
        }
        if (!(dropout >= 0 && dropout <= MAX_DROPOUT)) {
            throw new IllegalArgumentException("dropout must be between 0 and " + MAX_DROPOUT
                    + ", got " + dropout);
        }
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be at least 1 epoch, got " + patience);
        }
    }

    /** 16 points, noise 0.3, two layers of 64, no remedies, seed 11. */
    public static OverfittingSettings defaults() {
        return new OverfittingSettings(16, 0.3, 64, 0, 0, false, 100, 11);
    }

    /** A copy with another number of training points. */
    public OverfittingSettings withTrainPoints(int value) {
        return new OverfittingSettings(value, noise, hiddenUnits, l2, dropout, earlyStopping,
                patience, seed);
    }

    /** A copy with another noise level. */
    public OverfittingSettings withNoise(double value) {
        return new OverfittingSettings(trainPoints, value, hiddenUnits, l2, dropout, earlyStopping,
                patience, seed);
    }

    /** A copy with another hidden layer size. */
    public OverfittingSettings withHiddenUnits(int value) {
        return new OverfittingSettings(trainPoints, noise, value, l2, dropout, earlyStopping,
                patience, seed);
    }

    /** A copy with another L2 strength. */
    public OverfittingSettings withL2(double value) {
        return new OverfittingSettings(trainPoints, noise, hiddenUnits, value, dropout,
                earlyStopping, patience, seed);
    }

    /** A copy with another dropout fraction. */
    public OverfittingSettings withDropout(double value) {
        return new OverfittingSettings(trainPoints, noise, hiddenUnits, l2, value, earlyStopping,
                patience, seed);
    }

    /** A copy with early stopping on or off and the given patience. */
    public OverfittingSettings withEarlyStopping(boolean on, int newPatience) {
        return new OverfittingSettings(trainPoints, noise, hiddenUnits, l2, dropout, on,
                newPatience, seed);
    }

    /** A copy with another seed. */
    public OverfittingSettings withSeed(long value) {
        return new OverfittingSettings(trainPoints, noise, hiddenUnits, l2, dropout, earlyStopping,
                patience, value);
    }
}

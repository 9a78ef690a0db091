package deepdesk.core.data.synthetic;

/**
 * The straight line y = w·x + b + noise of the linear-regression lesson.
 *
 * <p>Threading: immutable.
 *
 * @param points    How many points to generate, with x drawn uniformly at random from -6..6.
 *                  Default: 100.
 * @param slope     The true slope w of the line. Default: 0.5.
 * @param intercept The true intercept b: where the line crosses x = 0. Default: 1.
 * @param noise     Standard deviation of the Gaussian noise added to each y, in the units of y.
 *                  Default: 0.5.
 * @param seed      The random seed: the same seed gives the same points. Default: 1.
 */
public record LinearDataSettings(int points, double slope, double intercept, double noise,
                                 long seed) {

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException when there are fewer than 2 points, a number is not
     *                                  finite or the noise is negative
     */
    public LinearDataSettings {
        if (points < 2) {
            throw new IllegalArgumentException("a line needs at least 2 points");
        }
        if (!Double.isFinite(slope) || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException("slope and intercept must be numbers");
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be 0 or more");
        }
    }

    /** 100 points on y = 0.5·x + 1 with noise 0.5, seed 1. */
    public static LinearDataSettings defaults() {
        return new LinearDataSettings(100, 0.5, 1, 0.5, 1);
    }
}

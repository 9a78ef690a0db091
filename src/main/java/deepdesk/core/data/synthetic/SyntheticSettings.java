package deepdesk.core.data.synthetic;

/**
 * How many points a two-dimensional synthetic dataset has, how noisy it is and its seed.
 *
 * <p>Threading: immutable.
 *
 * @param points How many points to generate, split evenly between the two classes where there
 *               are classes. Default: 500.
 * @param noise  How noisy the data is, from 0 (clean) to 0.5 (very noisy), as TensorFlow
 *               Playground's noise slider from 0 to 50. Default: 0.
 * @param seed   The random seed: the same seed gives the same points. Default: 1.
 */
public record SyntheticSettings(int points, double noise, long seed) {

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException when there are fewer than 2 points or the noise is
     *                                  negative or not a number
     */
    public SyntheticSettings {
        if (points < 2) {
            throw new IllegalArgumentException("a synthetic dataset needs at least 2 points");
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be 0 or more");
        }
    }

    /** 500 points, no noise, seed 1. */
    public static SyntheticSettings defaults() {
        return new SyntheticSettings(500, 0, 1);
    }
}

package deepdesk.core.project;

import deepdesk.core.data.Dataset;
import deepdesk.core.data.synthetic.LinearData;
import deepdesk.core.data.synthetic.LinearDataSettings;
import deepdesk.core.data.synthetic.SyntheticSettings;
import deepdesk.core.data.synthetic.SyntheticShape;

import java.util.Objects;

/**
 * How a synthetic dataset was generated, enough to generate exactly the same rows again: the
 * generators are deterministic for a given seed.
 *
 * <p>Threading: immutable; {@link #generate} runs on the calling thread.
 *
 * @param generator {@link #LINEAR} for the one-input line y = w·x + b, or the name of a
 *                  {@link SyntheticShape} such as {@code SPIRAL}
 * @param points    how many rows
 * @param noise     how much noise: for a shape from 0 to its maximum, for the line the standard
 *                  deviation added to y
 * @param seed      the random seed
 */
public record SyntheticRecipe(String generator, int points, double noise, long seed) {

    /** The generator key of the one-input line. */
    public static final String LINEAR = "linear";

    /**
     * Checks the generator and the numbers.
     *
     * @throws IllegalArgumentException for an unknown generator, no points or a negative noise
     */
    public SyntheticRecipe {
        Objects.requireNonNull(generator, "generator");
        if (!generator.equals(LINEAR)) {
            try {
                SyntheticShape.valueOf(generator);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown synthetic generator " + generator, e);
            }
        }
        if (points < 1) {
            throw new IllegalArgumentException("a synthetic dataset needs at least one point");
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("the noise must be a number at least 0");
        }
    }

    /** Generates the dataset. */
    public Dataset generate() {
        if (generator.equals(LINEAR)) {
            LinearDataSettings defaults = LinearDataSettings.defaults();
            return LinearData.generate(new LinearDataSettings(points, defaults.slope(),
                    defaults.intercept(), noise, seed));
        }
        return SyntheticShape.valueOf(generator).generate(new SyntheticSettings(points, noise, seed));
    }
}

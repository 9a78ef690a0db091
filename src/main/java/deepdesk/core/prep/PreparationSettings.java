package deepdesk.core.prep;

import java.util.Objects;

/**
 * How a dataset is turned into training, validation and test numbers.
 *
 * <p>Threading: immutable.
 *
 * @param missingValues     What to do with an empty input cell: drop the row, or fill it with
 *                          the training mean, median, most frequent value or a constant
 *                          (categories get the most frequent one, or none for a constant). Rows
 *                          with an empty target are always dropped. Default: mean.
 * @param missingConstant   The number that fills empty numeric cells when missing values are
 *                          filled with a constant. Default: 0.
 * @param scaling           How numeric inputs are put on a common scale, using the training rows
 *                          only: z-score (mean 0, standard deviation 1), min-max (0 to 1) or
 *                          none. Default: z-score.
 * @param encoding          How a categorical input becomes numbers: one 0/1 column per category
 *                          seen in training; a category never seen before gives all zeros.
 *                          Default: one-hot.
 * @param squares           Adds the square of every numeric input (x²) as a new feature.
 *                          Default: off.
 * @param products          Adds the product of every pair of numeric inputs (x·y) as a new
 *                          feature. Default: off.
 * @param sines             Adds the sine of every numeric input, sin(x), as a new feature.
 *                          Default: off.
 * @param trainPercent      Share of the rows the model learns from, in percent. Default: 70.
 * @param validationPercent Share of the rows used to watch for over-fitting while training, in
 *                          percent. Default: 15.
 * @param testPercent       Share of the rows kept aside for the final evaluation, in percent.
 *                          Default: 15.
 * @param seed              The random seed of the split: the same seed gives the same split.
 *                          Default: 42.
 * @param stratify          For classification, keeps the share of each class the same in every
 *                          split. Default: on.
 * @param noiseStd          Standard deviation of the Gaussian noise added to the scaled numeric
 *                          inputs of each training batch, a simple data augmentation. 0 turns it
 *                          off. Default: 0.
 */
public record PreparationSettings(MissingValues missingValues, double missingConstant,
                                  Scaling scaling, CategoricalEncoding encoding,
                                  boolean squares, boolean products, boolean sines,
                                  int trainPercent, int validationPercent, int testPercent,
                                  long seed, boolean stratify, double noiseStd) {

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException when a percentage is negative, they do not add up to
     *                                  100, no rows are left for training, or a number is not
     *                                  finite
     */
    public PreparationSettings {
        Objects.requireNonNull(missingValues, "missingValues");
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(encoding, "encoding");
        if (!Double.isFinite(missingConstant)) {
            throw new IllegalArgumentException("the missing-value constant must be a number");
        }
        if (trainPercent <= 0 || validationPercent < 0 || testPercent < 0) {
            throw new IllegalArgumentException("split percentages must not be negative and the"
                    + " training share must be positive");
        }
        if (trainPercent + validationPercent + testPercent != 100) {
            throw new IllegalArgumentException("split percentages must add up to 100, not "
                    + (trainPercent + validationPercent + testPercent));
        }
        if (!(noiseStd >= 0) || Double.isInfinite(noiseStd)) {
            throw new IllegalArgumentException("the noise standard deviation must be 0 or more");
        }
    }

    /** The defaults: impute with the mean, z-score, one-hot, 70/15/15 stratified, seed 42. */
    public static PreparationSettings defaults() {
        return new PreparationSettings(MissingValues.MEAN, 0, Scaling.Z_SCORE,
                CategoricalEncoding.ONE_HOT, false, false, false, 70, 15, 15, 42, true, 0);
    }

    /** These settings with another missing-value strategy (and constant). */
    public PreparationSettings withMissingValues(MissingValues strategy, double constant) {
        return new PreparationSettings(strategy, constant, scaling, encoding, squares, products,
                sines, trainPercent, validationPercent, testPercent, seed, stratify, noiseStd);
    }

    /** These settings with another scaling. */
    public PreparationSettings withScaling(Scaling newScaling) {
        return new PreparationSettings(missingValues, missingConstant, newScaling, encoding,
                squares, products, sines, trainPercent, validationPercent, testPercent, seed,
                stratify, noiseStd);
    }

    /** These settings with other derived features. */
    public PreparationSettings withDerived(boolean newSquares, boolean newProducts,
                                           boolean newSines) {
        return new PreparationSettings(missingValues, missingConstant, scaling, encoding,
                newSquares, newProducts, newSines, trainPercent, validationPercent, testPercent,
                seed, stratify, noiseStd);
    }

    /** These settings with another split (percentages adding up to 100). */
    public PreparationSettings withSplit(int train, int validation, int test) {
        return new PreparationSettings(missingValues, missingConstant, scaling, encoding, squares,
                products, sines, train, validation, test, seed, stratify, noiseStd);
    }

    /** These settings with another split seed. */
    public PreparationSettings withSeed(long newSeed) {
        return new PreparationSettings(missingValues, missingConstant, scaling, encoding, squares,
                products, sines, trainPercent, validationPercent, testPercent, newSeed, stratify,
                noiseStd);
    }

    /** These settings with stratification on or off. */
    public PreparationSettings withStratify(boolean newStratify) {
        return new PreparationSettings(missingValues, missingConstant, scaling, encoding, squares,
                products, sines, trainPercent, validationPercent, testPercent, seed, newStratify,
                noiseStd);
    }

    /** These settings with another training-noise standard deviation. */
    public PreparationSettings withNoiseStd(double newNoiseStd) {
        return new PreparationSettings(missingValues, missingConstant, scaling, encoding, squares,
                products, sines, trainPercent, validationPercent, testPercent, seed, stratify,
                newNoiseStd);
    }
}

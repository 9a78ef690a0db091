package deepdesk.core.evaluation;

/**
 * How well the predicted probabilities of one class match how often it occurs: the rows are
 * put in equal-width bins of predicted probability ({@code (0, 1/n], (1/n, 2/n], ...}, with 0
 * in the first bin), and for each non-empty bin the mean prediction is set against the observed
 * share of the class. A well-calibrated model lies on the diagonal.
 *
 * <p>Threading: immutable (the accessors return copies).
 *
 * @param className         the class
 * @param meanPredicted     per non-empty bin, the mean predicted probability
 * @param observedFraction  per non-empty bin, the share of its rows that are of the class
 * @param counts            per non-empty bin, its number of rows
 */
public record CalibrationCurve(String className, double[] meanPredicted,
                               double[] observedFraction, int[] counts) {

    /** Copies. */
    public CalibrationCurve {
        meanPredicted = meanPredicted.clone();
        observedFraction = observedFraction.clone();
        counts = counts.clone();
    }

    @Override
    public double[] meanPredicted() {
        return meanPredicted.clone();
    }

    @Override
    public double[] observedFraction() {
        return observedFraction.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }
}

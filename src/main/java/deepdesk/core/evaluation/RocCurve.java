package deepdesk.core.evaluation;

/**
 * The receiver operating characteristic of one class against the rest: for each distinct
 * score, taken as the threshold from the highest down, the false and true positive rates of
 * predicting the class when its probability is at least that threshold. The first point is
 * (0, 0) at an infinite threshold, the last (1, 1).
 *
 * <p>Threading: immutable (the accessors return copies).
 *
 * @param className          the positive class
 * @param falsePositiveRates per threshold, the share of other rows predicted as the class
 * @param truePositiveRates  per threshold, the share of the class's rows predicted as it
 * @param thresholds         the thresholds, decreasing
 * @param auc                the area under the curve (trapezoids); NaN when the rows hold only
 *                           this class or none of it
 */
public record RocCurve(String className, double[] falsePositiveRates, double[] truePositiveRates,
                       double[] thresholds, double auc) {

    /** Copies. */
    public RocCurve {
        falsePositiveRates = falsePositiveRates.clone();
        truePositiveRates = truePositiveRates.clone();
        thresholds = thresholds.clone();
    }

    @Override
    public double[] falsePositiveRates() {
        return falsePositiveRates.clone();
    }

    @Override
    public double[] truePositiveRates() {
        return truePositiveRates.clone();
    }

    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }
}

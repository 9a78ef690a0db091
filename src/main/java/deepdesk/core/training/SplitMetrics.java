package deepdesk.core.training;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * How well the model does on one split (training, validation or test) at one moment.
 *
 * <p>Threading: immutable.
 *
 * @param rows        number of rows evaluated
 * @param loss        mean data loss per row (the regularisation penalty is not included); for
 *                    regression with a linear output it is measured on targets standardised with
 *                    the training split's mean and standard deviation, so it compares across units
 * @param accuracy    fraction of rows classified correctly; NaN for regression
 * @param classCounts the confusion matrix for classification; {@code null} for regression
 * @param r2          coefficient of determination (1 is perfect, 0 is as good as predicting the
 *                    mean), averaged over the targets; NaN for classification
 * @param rmse        root mean squared error in the targets' own units; NaN for
 *                    classification
 */
public record SplitMetrics(int rows, double loss, double accuracy, ClassCounts classCounts,
                           double r2, double rmse) {

    /** Metrics of a classification split. */
    public static SplitMetrics classification(int rows, double loss, ClassCounts counts) {
        return new SplitMetrics(rows, loss, counts.accuracy(), counts, Double.NaN, Double.NaN);
    }

    /** Metrics of a regression split. */
    public static SplitMetrics regression(int rows, double loss, double r2, double rmse) {
        return new SplitMetrics(rows, loss, Double.NaN, null, r2, rmse);
    }

    /** Whether these are classification metrics. */
    @JsonIgnore
    public boolean isClassification() {
        return classCounts != null;
    }
}

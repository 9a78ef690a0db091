package deepdesk.ui.training;

/**
 * What the regression views draw: predicted against actual values of the validation rows, their
 * residuals, and for a model with a single input the fitted curve over the training data.
 *
 * <p>Threading: immutable by convention; the arrays are not written after it is built.
 *
 * @param actual    the validation rows' targets (first target), in prepared units
 * @param predicted the model's outputs for the same rows
 * @param curveX    for a single-input model the input values along the fitted curve; empty
 *                  otherwise
 * @param curveY    the model's output at each {@code curveX}
 * @param dataX     for a single-input model the training rows' input; empty otherwise
 * @param dataY     the training rows' targets, as many as {@code dataX}
 */
public record RegressionPoints(double[] actual, double[] predicted, double[] curveX, double[] curveY,
                               double[] dataX, double[] dataY) {

    /** The residual (actual minus predicted) of each row. */
    public double[] residuals() {
        double[] r = new double[actual.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = actual[i] - predicted[i];
        }
        return r;
    }

    /** Whether there is a fitted curve to draw. */
    public boolean hasCurve() {
        return curveX.length > 0;
    }
}

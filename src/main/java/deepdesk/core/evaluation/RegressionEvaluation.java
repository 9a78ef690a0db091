package deepdesk.core.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Regression metrics on some rows. With several outputs per row, every output of every row
 * counts as one value.
 *
 * <p>Threading: immutable (the accessors return copies).
 *
 * @param rows        the number of rows evaluated
 * @param mse         the mean squared error
 * @param rmse        the square root of the mean squared error, in the target's unit
 * @param mae         the mean absolute error, in the target's unit
 * @param r2          the coefficient of determination: 1 minus the squared error over the
 *                    variance of the targets; NaN when the targets are all equal
 * @param mape        the mean absolute percentage error as a fraction (0.1 is 10 %), over the
 *                    values whose target is not zero; NaN when every target is zero
 * @param mapeValues  how many values the MAPE counts (the others have a zero target)
 * @param targets     the true values
 * @param predictions the predicted values
 * @param residuals   per value, target minus prediction
 */
public record RegressionEvaluation(int rows, double mse, double rmse, double mae, double r2,
                                   double mape, int mapeValues, double[] targets,
                                   double[] predictions, double[] residuals)
        implements Evaluation {

    /** Copies the arrays. */
    public RegressionEvaluation {
        targets = targets.clone();
        predictions = predictions.clone();
        residuals = residuals.clone();
    }

    @Override
    public double[] targets() {
        return targets.clone();
    }

    @Override
    public double[] predictions() {
        return predictions.clone();
    }

    @Override
    public double[] residuals() {
        return residuals.clone();
    }

    @Override
    public Map<String, Double> headline() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("mse", mse);
        out.put("rmse", rmse);
        out.put("mae", mae);
        out.put("r2", r2);
        out.put("mape", mape);
        return out;
    }
}

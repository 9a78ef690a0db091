package deepdesk.ui.evaluation;

import java.util.List;

/**
 * One row of the predictions table: the raw inputs, the true target and what the model said.
 *
 * <p>Threading: immutable ({@link #probabilities()} returns a copy).
 *
 * @param datasetRow    the row's number in the dataset, counting from 1
 * @param inputs        the raw input values as text, in the order of the table's input columns
 * @param actual        the true target: a class name, or a number as text
 * @param predicted     the prediction: a class name, or a number as text
 * @param actualValue   for regression the true value; NaN for classification
 * @param predictedValue for regression the predicted value; NaN for classification
 * @param correct       for classification whether the predicted class is the true one; always
 *                      {@code false} for regression
 * @param score         for classification the probability of the predicted class; for
 *                      regression the error, actual minus predicted
 * @param probabilities for classification one probability per class; empty for regression
 */
public record PredictionRow(int datasetRow, List<String> inputs, String actual, String predicted,
                            double actualValue, double predictedValue, boolean correct, double score, double[] probabilities) {

    /** Copies. */
    public PredictionRow {
        inputs = List.copyOf(inputs);
        probabilities = probabilities.clone();
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** The probability given to class {@code index}. */
    public double probability(int index) {
        return probabilities[index];
    }
}

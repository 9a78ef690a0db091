package deepdesk.core.bundle;

import java.util.List;

/**
 * The outcome of predicting a batch where some inputs may not fit the schema: the predictions of
 * those that fit, and the problems of the others.
 *
 * <p>Threading: immutable ({@link #predictedRows()} returns a copy).
 *
 * @param predictedRows the index in the batch of each input that was predicted, ascending
 * @param predictions   the prediction of each of those inputs, in the same order
 * @param problems      every problem of the inputs that were not predicted, in input order
 */
public record PartialPrediction(int[] predictedRows, List<Prediction> predictions,
                                List<InputProblem> problems) {

    /** Checks the sizes and copies. */
    public PartialPrediction {
        if (predictedRows.length != predictions.size()) {
            throw new IllegalArgumentException(predictedRows.length + " rows but "
                    + predictions.size() + " predictions");
        }
        predictedRows = predictedRows.clone();
        predictions = List.copyOf(predictions);
        problems = List.copyOf(problems);
    }

    @Override
    public int[] predictedRows() {
        return predictedRows.clone();
    }
}

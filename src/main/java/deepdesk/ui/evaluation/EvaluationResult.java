package deepdesk.ui.evaluation;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.Dataset;
import deepdesk.core.evaluation.Evaluation;
import deepdesk.core.evaluation.Evaluator;
import deepdesk.core.evaluation.SplitPredictions;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.prep.PreparedSplit;
import deepdesk.ui.common.NumberLabels;
import deepdesk.ui.common.TrainedModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A model judged on one split: the metrics and one table row per data row.
 *
 * <p>Threading: immutable; {@link #compute} runs on a background thread.
 *
 * @param model      the model judged
 * @param split      the rows it was judged on
 * @param evaluation the metrics, or {@code null} when the split has no rows
 * @param inputNames the raw input columns shown in the predictions table
 * @param classNames for classification the class of each index; empty for regression
 * @param rows       one row per data row of the split, in split order
 */
public record EvaluationResult(TrainedModel model, EvaluationSplit split, Evaluation evaluation,
                               List<String> inputNames, List<String> classNames,
                               List<PredictionRow> rows) {

    /** The most raw input columns the predictions table shows. */
    public static final int MAX_INPUT_COLUMNS = 12;

    /** Copies the lists. */
    public EvaluationResult {
        inputNames = List.copyOf(inputNames);
        classNames = List.copyOf(classNames);
        rows = List.copyOf(rows);
    }

    /** Whether the model classifies. */
    public boolean isClassification() {
        return !classNames.isEmpty();
    }

    /**
     * Runs the model over a split and evaluates it.
     *
     * @param listener stops the work between steps when it is no longer wanted
     */
    public static EvaluationResult compute(TrainedModel model, EvaluationSplit split,
                                           ProgressListener listener) {
        PreparedData data = model.prepared();
        PreparedSplit rows = split.of(data);
        List<String> classes = rows.isClassification() ? data.classNames() : List.of();
        List<String> inputs = data.pipeline().inputColumns();
        inputs = inputs.subList(0, Math.min(inputs.size(), MAX_INPUT_COLUMNS));
        if (rows.rows() == 0) {
            return new EvaluationResult(model, split, null, inputs, classes, List.of());
        }
        SplitPredictions predicted = SplitPredictions.of(model.spec(), model.weights(), rows);
        listener.checkCancelled();
        Evaluation evaluation = Evaluator.evaluate(predicted, rows, classes);
        int[] datasetRows = split.datasetRows(data);
        Dataset dataset = model.dataset();
        List<PredictionRow> table = new ArrayList<>(rows.rows());
        for (int r = 0; r < rows.rows(); r++) {
            List<String> rawInputs = inputsOf(dataset, inputs, datasetRows[r]);
            if (rows.isClassification()) {
                int best = predicted.predictedClass(r);
                int actual = rows.labels()[r];
                double[] p = predicted.probabilitiesOf(r);
                table.add(new PredictionRow(datasetRows[r] + 1, rawInputs, classes.get(actual),
                        classes.get(best), Double.NaN, Double.NaN, best == actual, p[best], p));
            } else {
                // decision: with several outputs the table shows the first; the metrics count all
                double actual = rows.targets()[r * rows.targetWidth()];
                double value = predicted.value(r, 0);
                table.add(new PredictionRow(datasetRows[r] + 1, rawInputs,
                        NumberLabels.precise(actual), NumberLabels.precise(value), actual, value,
                        false, actual - value, new double[0]));
            }
        }
        return new EvaluationResult(model, split, evaluation, inputs, classes, table);
    }

    private static List<String> inputsOf(Dataset dataset, List<String> names, int row) {
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            out.add(dataset.column(name).map(c -> c.isMissing(row) ? "" : c.format(row)).orElse(""));
        }
        return out;
    }
}

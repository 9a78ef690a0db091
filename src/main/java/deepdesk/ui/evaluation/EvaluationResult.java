package deepdesk.ui.evaluation;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.Dataset;
import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Network;
import deepdesk.core.evaluation.ClassProbabilities;
import deepdesk.core.evaluation.Evaluation;
import deepdesk.core.evaluation.Evaluator;
import deepdesk.core.model.ModelSpec;
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
        ModelSpec spec = model.spec();
        Network network = Network.create(spec, BackendKind.JAVA, 256, 0);
        network.setParameters(model.weights());
        float[] outputs = new float[rows.rows() * spec.outputWidth()];
        network.predict(rows.features(), rows.rows(), outputs);
        listener.checkCancelled();
        int[] datasetRows = split.datasetRows(data);
        Dataset dataset = model.dataset();
        List<PredictionRow> table = new ArrayList<>(rows.rows());
        Evaluation evaluation;
        if (rows.isClassification()) {
            double[] probabilities = ClassProbabilities.of(spec, outputs, rows.rows());
            evaluation = Evaluator.classification(rows.labels(), probabilities, classes);
            int k = classes.size();
            for (int r = 0; r < rows.rows(); r++) {
                double[] p = new double[k];
                System.arraycopy(probabilities, r * k, p, 0, k);
                int predicted = argMax(p);
                int actual = rows.labels()[r];
                table.add(new PredictionRow(datasetRows[r] + 1, inputsOf(dataset, inputs, datasetRows[r]),
                        classes.get(actual), classes.get(predicted), Double.NaN, Double.NaN,
                        predicted == actual,
                        p[predicted], p));
            }
        } else {
            double[] targets = toDouble(rows.targets());
            double[] predictions = toDouble(outputs);
            evaluation = Evaluator.regression(targets, predictions, rows.rows());
            int width = rows.targetWidth();
            for (int r = 0; r < rows.rows(); r++) {
                // decision: with several outputs the table shows the first; the metrics count all
                double actual = targets[r * width];
                double predicted = predictions[r * width];
                table.add(new PredictionRow(datasetRows[r] + 1, inputsOf(dataset, inputs, datasetRows[r]),
                        NumberLabels.precise(actual), NumberLabels.precise(predicted), actual, predicted,
                        false,
                        actual - predicted, new double[0]));
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

    private static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double[] toDouble(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}

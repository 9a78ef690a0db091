package deepdesk.core.evaluation;

import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.PreparedSplit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Computes an {@link Evaluation} from true targets and a model's outputs, or from a network and
 * a prepared split.
 *
 * <p>Threading: stateless; every method runs on the calling thread.
 */
public final class Evaluator {

    /** The number of equal-width bins of a calibration curve. */
    public static final int CALIBRATION_BINS = 10;

    private static final double LOG_LOSS_CLIP = 1e-15;

    private Evaluator() {
    }

    /**
     * Evaluates a network with the given weights on a prepared split.
     *
     * @param spec       the network's architecture
     * @param weights    its parameters, predicting in the target's units
     * @param split      the rows, prepared by the model's own pipeline
     * @param classNames for classification, the class of each label index
     */
    public static Evaluation evaluate(ModelSpec spec, float[] weights, PreparedSplit split,
                                     List<String> classNames) {
        return evaluate(SplitPredictions.of(spec, weights, split), split, classNames);
    }

    /**
     * Evaluates predictions already made on a prepared split.
     *
     * @param predictions what the model predicted for each row of {@code split}
     * @param split       the rows with their true targets
     * @param classNames  for classification, the class of each label index
     * @throws IllegalArgumentException when the predictions do not belong to the split
     */
    public static Evaluation evaluate(SplitPredictions predictions, PreparedSplit split,
                                      List<String> classNames) {
        if (predictions.rows() != split.rows()
                || predictions.isClassification() != split.isClassification()) {
            throw new IllegalArgumentException("the predictions do not belong to this split");
        }
        if (split.isClassification()) {
            return classification(split.labels(), predictions.probabilities(), classNames);
        }
        return regression(toDouble(split.targets()), predictions.values(), split.rows());
    }

    /**
     * Classification metrics.
     *
     * @param labels        per row, the true class index
     * @param probabilities row-major, per row one probability per class
     * @param classNames    the class of each index
     * @throws IllegalArgumentException when the sizes disagree or a label is out of range
     */
    public static ClassificationEvaluation classification(int[] labels, double[] probabilities,
                                                          List<String> classNames) {
        int classes = classNames.size();
        int rows = labels.length;
        if (classes < 2 || probabilities.length != rows * classes) {
            throw new IllegalArgumentException("expected " + rows + " x " + classes
                    + " probabilities for " + classes + " classes, got " + probabilities.length);
        }
        int[][] counts = new int[classes][classes];
        double logLoss = 0;
        int correct = 0;
        for (int r = 0; r < rows; r++) {
            int actual = labels[r];
            if (actual < 0 || actual >= classes) {
                throw new IllegalArgumentException("row " + (r + 1) + ": label " + actual
                        + " is not a class index");
            }
            int predicted = argMax(probabilities, r * classes, classes);
            counts[actual][predicted]++;
            if (predicted == actual) {
                correct++;
            }
            double p = Math.min(Math.max(probabilities[r * classes + actual], LOG_LOSS_CLIP),
                    1 - LOG_LOSS_CLIP);
            logLoss -= Math.log(p);
        }
        List<ClassMetrics> perClass = new ArrayList<>();
        double recallSum = 0;
        int present = 0;
        double[] macro = new double[3];
        double[] weighted = new double[3];
        for (int c = 0; c < classes; c++) {
            int truePositives = counts[c][c];
            int support = 0;
            int predictedAs = 0;
            for (int k = 0; k < classes; k++) {
                support += counts[c][k];
                predictedAs += counts[k][c];
            }
            double precision = predictedAs == 0 ? 0 : truePositives / (double) predictedAs;
            double recall = support == 0 ? 0 : truePositives / (double) support;
            double f1 = precision + recall == 0 ? 0
                    : 2 * precision * recall / (precision + recall);
            perClass.add(new ClassMetrics(classNames.get(c), precision, recall, f1, support));
            if (support > 0) {
                recallSum += recall;
                present++;
            }
            macro[0] += precision / classes;
            macro[1] += recall / classes;
            macro[2] += f1 / classes;
            if (rows > 0) {
                double share = support / (double) rows;
                weighted[0] += precision * share;
                weighted[1] += recall * share;
                weighted[2] += f1 * share;
            }
        }
        List<RocCurve> roc = new ArrayList<>();
        List<CalibrationCurve> calibration = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            boolean[] positive = new boolean[rows];
            double[] scores = new double[rows];
            for (int r = 0; r < rows; r++) {
                positive[r] = labels[r] == c;
                scores[r] = probabilities[r * classes + c];
            }
            roc.add(rocCurve(classNames.get(c), positive, scores));
            calibration.add(calibrationCurve(classNames.get(c), positive, scores,
                    CALIBRATION_BINS));
        }
        return new ClassificationEvaluation(classNames, rows,
                rows == 0 ? Double.NaN : correct / (double) rows,
                present == 0 ? Double.NaN : recallSum / present,
                rows == 0 ? Double.NaN : logLoss / rows, perClass,
                new AveragedMetrics(macro[0], macro[1], macro[2]),
                new AveragedMetrics(weighted[0], weighted[1], weighted[2]),
                new ConfusionMatrix(classNames, counts), roc, calibration);
    }

    /**
     * Regression metrics.
     *
     * @param targets     the true values
     * @param predictions the predicted values, as many
     * @throws IllegalArgumentException when the lengths differ
     */
    public static RegressionEvaluation regression(double[] targets, double[] predictions) {
        return regression(targets, predictions, targets.length);
    }

    /**
     * Regression metrics for rows of several outputs each.
     *
     * @param targets     row-major true values
     * @param predictions row-major predicted values, as many
     * @param rows        the number of rows the values belong to
     * @throws IllegalArgumentException when the lengths differ
     */
    public static RegressionEvaluation regression(double[] targets, double[] predictions,
                                                  int rows) {
        if (targets.length != predictions.length) {
            throw new IllegalArgumentException(targets.length + " targets but "
                    + predictions.length + " predictions");
        }
        int n = targets.length;
        double[] residuals = new double[n];
        double squared = 0;
        double absolute = 0;
        double mean = 0;
        double percentage = 0;
        int nonZero = 0;
        for (int i = 0; i < n; i++) {
            double residual = targets[i] - predictions[i];
            residuals[i] = residual;
            squared += residual * residual;
            absolute += Math.abs(residual);
            mean += targets[i];
            // decision: a zero target has no percentage error; it is left out and counted,
            // rather than divided by a tiny epsilon that would swamp the mean.
            if (targets[i] != 0) {
                percentage += Math.abs(residual / targets[i]);
                nonZero++;
            }
        }
        mean /= n;
        double variance = 0;
        for (double t : targets) {
            variance += (t - mean) * (t - mean);
        }
        double mse = n == 0 ? Double.NaN : squared / n;
        return new RegressionEvaluation(rows, mse, Math.sqrt(mse),
                n == 0 ? Double.NaN : absolute / n,
                variance == 0 ? Double.NaN : 1 - squared / variance,
                nonZero == 0 ? Double.NaN : percentage / nonZero, nonZero, targets, predictions,
                residuals);
    }

    /** The ROC curve of scores against positive flags. */
    static RocCurve rocCurve(String className, boolean[] positive, double[] scores) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        int positives = 0;
        for (boolean p : positive) {
            if (p) {
                positives++;
            }
        }
        int negatives = n - positives;
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {0, 0, Double.POSITIVE_INFINITY});
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < n; i++) {
            int row = order[i];
            if (positive[row]) {
                tp++;
            } else {
                fp++;
            }
            boolean lastOfScore = i == n - 1 || scores[order[i + 1]] != scores[row];
            if (lastOfScore) {
                points.add(new double[] {negatives == 0 ? Double.NaN : fp / (double) negatives,
                        positives == 0 ? Double.NaN : tp / (double) positives, scores[row]});
            }
        }
        double[] fpr = new double[points.size()];
        double[] tpr = new double[points.size()];
        double[] thresholds = new double[points.size()];
        double auc = 0;
        for (int i = 0; i < points.size(); i++) {
            fpr[i] = points.get(i)[0];
            tpr[i] = points.get(i)[1];
            thresholds[i] = points.get(i)[2];
            if (i > 0) {
                auc += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2;
            }
        }
        if (positives == 0 || negatives == 0) {
            auc = Double.NaN;
        }
        return new RocCurve(className, fpr, tpr, thresholds, auc);
    }

    /** The calibration curve of scores against positive flags, in {@code bins} bins. */
    static CalibrationCurve calibrationCurve(String className, boolean[] positive,
                                             double[] scores, int bins) {
        double[] sums = new double[bins];
        int[] hits = new int[bins];
        int[] counts = new int[bins];
        for (int i = 0; i < scores.length; i++) {
            // bins are closed on the right: count the inner edges k/bins below the score
            int bin = 0;
            while (bin < bins - 1 && (bin + 1) / (double) bins < scores[i]) {
                bin++;
            }
            sums[bin] += scores[i];
            counts[bin]++;
            if (positive[i]) {
                hits[bin]++;
            }
        }
        int used = 0;
        for (int c : counts) {
            if (c > 0) {
                used++;
            }
        }
        double[] meanPredicted = new double[used];
        double[] observed = new double[used];
        int[] kept = new int[used];
        int at = 0;
        for (int b = 0; b < bins; b++) {
            if (counts[b] > 0) {
                meanPredicted[at] = sums[b] / counts[b];
                observed[at] = hits[b] / (double) counts[b];
                kept[at] = counts[b];
                at++;
            }
        }
        return new CalibrationCurve(className, meanPredicted, observed, kept);
    }

    private static int argMax(double[] values, int offset, int length) {
        int best = 0;
        for (int i = 1; i < length; i++) {
            if (values[offset + i] > values[offset + best]) {
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

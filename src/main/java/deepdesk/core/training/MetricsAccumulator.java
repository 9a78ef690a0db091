package deepdesk.core.training;

import deepdesk.core.model.OutputKind;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Collects model outputs chunk by chunk and turns them into {@link SplitMetrics}.
 *
 * Accumulators of different shards of a split can be merged, so a split spread over machines is
 * measured exactly as one held in memory.
 *
 * <p>Threading: not thread-safe; one owner thread. Serializable, to travel between machines.
 */
public final class MetricsAccumulator implements Serializable {

    private static final long serialVersionUID = 1L;

    private final OutputKind outputKind;
    private final int outputWidth;
    private final int classCount;
    private final int targetWidth;
    private final long[] confusion;
    private final double[] sumTarget;
    private final double[] sumTargetSquared;
    private final double[] sumSquaredError;
    private double lossSum;
    private int rows;

    /**
     * @param outputKind  the output layer, which decides how outputs become classes
     * @param outputWidth values per row the network outputs
     * @param classCount  number of classes, or 0 for regression
     * @param targetWidth target values per row for regression
     */
    public MetricsAccumulator(OutputKind outputKind, int outputWidth, int classCount, int targetWidth) {
        this.outputKind = outputKind;
        this.outputWidth = outputWidth;
        this.classCount = classCount;
        this.targetWidth = targetWidth;
        this.confusion = classCount > 0 ? new long[classCount * classCount] : null;
        this.sumTarget = new double[targetWidth];
        this.sumTargetSquared = new double[targetWidth];
        this.sumSquaredError = new double[targetWidth];
    }

    /** Forgets everything added so far. */
    void clear() {
        if (confusion != null) {
            Arrays.fill(confusion, 0);
        }
        Arrays.fill(sumTarget, 0);
        Arrays.fill(sumTargetSquared, 0);
        Arrays.fill(sumSquaredError, 0);
        lossSum = 0;
        rows = 0;
    }

    /**
     * Adds a chunk of rows.
     *
     * @param outputs   row-major network outputs after the output activation
     * @param labels    class index per row (classification), read from {@code labelOffset}
     * @param targets   row-major targets (regression), read from {@code targetOffset}
     * @param offset    the first row of the chunk within {@code labels}/{@code targets}
     * @param count     rows in the chunk
     * @param meanLoss  the mean loss over the chunk's rows
     */
    public void add(float[] outputs, int[] labels, float[] targets, int offset, int count, double meanLoss) {
        lossSum += meanLoss * count;
        rows += count;
        if (confusion != null) {
            for (int r = 0; r < count; r++) {
                int predicted = predictedClass(outputs, r);
                confusion[labels[offset + r] * classCount + predicted]++;
            }
        } else {
            for (int r = 0; r < count; r++) {
                for (int t = 0; t < targetWidth; t++) {
                    double y = targets[(offset + r) * targetWidth + t];
                    double error = outputs[r * outputWidth + t] - y;
                    sumTarget[t] += y;
                    sumTargetSquared[t] += y * y;
                    sumSquaredError[t] += error * error;
                }
            }
        }
    }

    /**
     * Adds everything {@code other} collected to this accumulator.
     *
     * @throws IllegalArgumentException when the two measure differently shaped outputs
     */
    public void merge(MetricsAccumulator other) {
        if (other.outputWidth != outputWidth || other.classCount != classCount
                || other.targetWidth != targetWidth) {
            throw new IllegalArgumentException("cannot merge metrics of different shapes");
        }
        lossSum += other.lossSum;
        rows += other.rows;
        if (confusion != null) {
            for (int i = 0; i < confusion.length; i++) {
                confusion[i] += other.confusion[i];
            }
        }
        for (int t = 0; t < targetWidth; t++) {
            sumTarget[t] += other.sumTarget[t];
            sumTargetSquared[t] += other.sumTargetSquared[t];
            sumSquaredError[t] += other.sumSquaredError[t];
        }
    }

    /** The class an output row stands for. */
    int predictedClass(float[] outputs, int row) {
        int base = row * outputWidth;
        if (outputWidth == 1) {
            // decision: a single output is a binary score; tanh outputs live on -1..1.
            double threshold = outputKind == OutputKind.TANH ? 0.0 : 0.5;
            return outputs[base] >= threshold ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < outputWidth; k++) {
            if (outputs[base + k] > outputs[base + best]) {
                best = k;
            }
        }
        return best;
    }

    /** The metrics of everything added since the last {@link #clear()}. */
    public SplitMetrics result() {
        double loss = rows == 0 ? Double.NaN : lossSum / rows;
        if (confusion != null) {
            return SplitMetrics.classification(rows, loss, new ClassCounts(classCount, confusion));
        }
        double r2Sum = 0;
        double squaredErrorSum = 0;
        for (int t = 0; t < targetWidth; t++) {
            double mean = sumTarget[t] / rows;
            double total = sumTargetSquared[t] - rows * mean * mean;
            r2Sum += total > 0 ? 1 - sumSquaredError[t] / total : Double.NaN;
            squaredErrorSum += sumSquaredError[t];
        }
        double r2 = rows == 0 ? Double.NaN : r2Sum / targetWidth;
        double rmse = rows == 0 ? Double.NaN : Math.sqrt(squaredErrorSum / ((double) rows * targetWidth));
        return SplitMetrics.regression(rows, loss, r2, rmse);
    }
}

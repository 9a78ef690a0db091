package deepdesk.core.evaluation;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Network;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.PreparedSplit;

/**
 * What a network predicts for every row of a prepared split, computed once: for classification
 * the probability of each class and the predicted class, for regression the predicted values.
 * The metrics, the predictions table and the exports all read this, so the network runs over a
 * split one time.
 *
 * <p>Threading: immutable (the accessors return copies or single values).
 *
 * @param rows            the number of rows
 * @param classCount      for classification the number of classes; 0 for regression
 * @param probabilities   for classification row-major, {@code rows x classCount}; empty for
 *                        regression
 * @param predictedClass  for classification per row the most probable class (the first on a
 *                        tie); empty for regression
 * @param valueWidth      for regression the number of predicted values per row; 0 for
 *                        classification
 * @param values          for regression row-major, {@code rows x valueWidth}, in the target's
 *                        unit; empty for classification
 */
public record SplitPredictions(int rows, int classCount, double[] probabilities,
                               int[] predictedClass, int valueWidth, double[] values) {

    /** Checks the sizes and copies the arrays. */
    public SplitPredictions {
        if (probabilities.length != rows * classCount || predictedClass.length != (classCount > 0 ? rows : 0)
                || values.length != rows * valueWidth) {
            throw new IllegalArgumentException("the arrays do not match " + rows + " rows");
        }
        probabilities = probabilities.clone();
        predictedClass = predictedClass.clone();
        values = values.clone();
    }

    /**
     * Runs a network with the given weights over a prepared split.
     *
     * @param spec    the network's architecture
     * @param weights its parameters, predicting in the target's units
     * @param split   the rows, prepared by the model's own pipeline
     */
    public static SplitPredictions of(ModelSpec spec, float[] weights, PreparedSplit split) {
        Network network = Network.create(spec, BackendKind.JAVA, 256, 0);
        network.setParameters(weights);
        int rows = split.rows();
        float[] outputs = new float[rows * spec.outputWidth()];
        if (rows > 0) {
            network.predict(split.features(), rows, outputs);
        }
        return fromOutputs(spec, outputs, rows, split.isClassification());
    }

    /**
     * Reads a network's raw outputs.
     *
     * @param spec           the network's architecture
     * @param outputs        row-major, {@code rows x spec.outputWidth()}
     * @param rows           the number of rows
     * @param classification whether the outputs are class scores
     */
    public static SplitPredictions fromOutputs(ModelSpec spec, float[] outputs, int rows,
                                               boolean classification) {
        if (!classification) {
            double[] values = new double[outputs.length];
            for (int i = 0; i < outputs.length; i++) {
                values[i] = outputs[i];
            }
            return new SplitPredictions(rows, 0, new double[0], new int[0], spec.outputWidth(), values);
        }
        int classes = ClassProbabilities.classCount(spec);
        double[] probabilities = ClassProbabilities.of(spec, outputs, rows);
        int[] predicted = new int[rows];
        for (int r = 0; r < rows; r++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (probabilities[r * classes + c] > probabilities[r * classes + best]) {
                    best = c;
                }
            }
            predicted[r] = best;
        }
        return new SplitPredictions(rows, classes, probabilities, predicted, 0, new double[0]);
    }

    /** Whether these are class predictions. */
    public boolean isClassification() {
        return classCount > 0;
    }

    /** The probability row {@code row} gives class {@code classIndex}. */
    public double probability(int row, int classIndex) {
        return probabilities[row * classCount + classIndex];
    }

    /** The class probabilities of one row, in class order. */
    public double[] probabilitiesOf(int row) {
        double[] out = new double[classCount];
        System.arraycopy(probabilities, row * classCount, out, 0, classCount);
        return out;
    }

    /** The most probable class of row {@code row}. */
    public int predictedClass(int row) {
        return predictedClass[row];
    }

    /** The predicted value {@code output} of row {@code row}. */
    public double value(int row, int output) {
        return values[row * valueWidth + output];
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    @Override
    public int[] predictedClass() {
        return predictedClass.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}

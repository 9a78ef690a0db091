package deepdesk.core.lesson;

import deepdesk.core.engine.ActivationFunction;
import deepdesk.core.engine.ParameterLayout;
import deepdesk.core.engine.PassTrace;
import deepdesk.core.model.Activation;
import java.util.Arrays;

/**
 * The numbers of one training step of lesson 3's network (two inputs, one hidden layer, one
 * sigmoid output, squared error): the weights before, every row's forward and backward values
 * as the engine computed them, the gradients averaged over the rows, and the weights after the
 * engine's plain SGD update.
 *
 * <p>Names follow the lesson: the first layer's weights w<sub>ij</sub> (input i to hidden unit j)
 * and biases b<sub>j</sub>, the output weights v<sub>j</sub> and bias c. The loss of a row is
 * L = (ŷ − y)², the loss of the step J is its mean over the rows, and the gradients shown on
 * the weights are those of J.
 *
 * <p>Threading: immutable; any thread.
 */
public final class BackpropPass {

    private static final int HIDDEN = 0;
    private static final int OUTPUT = 1;

    private final int iteration;
    private final float[] features;
    private final float[] targets;
    private final ParameterLayout layout;
    private final float[] before;
    private final float[] after;
    private final PassTrace trace;
    private final float[] hiddenSlopes;
    private final float[] outputSlopes;
    private final float[] meanGradient;
    private final double lossAfter;
    private final double learningRate;

    BackpropPass(int iteration, float[] features, float[] targets, ParameterLayout layout, Activation hidden,
                 float[] before, PassTrace trace, float[] after, double lossAfter, double learningRate) {
        this.iteration = iteration;
        this.features = features.clone();
        this.targets = targets.clone();
        this.layout = layout;
        this.before = before.clone();
        this.after = after.clone();
        this.trace = trace;
        this.lossAfter = lossAfter;
        this.learningRate = learningRate;
        int rows = trace.rows();
        meanGradient = trace.gradientSum();
        for (int k = 0; k < meanGradient.length; k++) {
            meanGradient[k] /= rows;
        }
        int units = layout.units(HIDDEN);
        float[] z = new float[rows * units];
        float[] a = new float[rows * units];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < units; j++) {
                z[r * units + j] = trace.sum(HIDDEN, r, j);
                a[r * units + j] = trace.activation(HIDDEN, r, j);
            }
        }
        hiddenSlopes = slopes(hidden, z, a);
        float[] zOut = new float[rows];
        float[] yHat = new float[rows];
        for (int r = 0; r < rows; r++) {
            zOut[r] = trace.sum(OUTPUT, r, 0);
            yHat[r] = trace.activation(OUTPUT, r, 0);
        }
        outputSlopes = slopes(Activation.SIGMOID, zOut, yHat);
    }

    /** f'(z) by the engine's own activation code: its backward pass applied to a gradient of 1. */
    private static float[] slopes(Activation kind, float[] z, float[] a) {
        float[] slope = new float[z.length];
        Arrays.fill(slope, 1f);
        ActivationFunction.backward(kind, z, a, slope, z.length);
        return slope;
    }

    /** How many updates came before this step (0 for the first). */
    public int iteration() {
        return iteration;
    }

    /** Number of rows. */
    public int rows() {
        return trace.rows();
    }

    /** Number of hidden units. */
    public int hiddenUnits() {
        return layout.units(HIDDEN);
    }

    /** The learning rate α of the update. */
    public double learningRate() {
        return learningRate;
    }

    /** Input {@code i} (0 or 1) of a row. */
    public float input(int row, int i) {
        return features[row * layout.inputs(HIDDEN) + i];
    }

    /** The target y of a row. */
    public float target(int row) {
        return targets[row];
    }

    /** w<sub>ij</sub> before the update. */
    public float hiddenWeight(int i, int j) {
        return before[hiddenWeightIndex(i, j)];
    }

    /** w<sub>ij</sub> after the update. */
    public float hiddenWeightAfter(int i, int j) {
        return after[hiddenWeightIndex(i, j)];
    }

    /** ∂J/∂w<sub>ij</sub>: the engine's gradient averaged over the rows. */
    public float hiddenWeightGradient(int i, int j) {
        return meanGradient(hiddenWeightIndex(i, j));
    }

    /** b<sub>j</sub> before the update. */
    public float hiddenBias(int j) {
        return before[layout.biasOffset(HIDDEN) + j];
    }

    /** b<sub>j</sub> after the update. */
    public float hiddenBiasAfter(int j) {
        return after[layout.biasOffset(HIDDEN) + j];
    }

    /** ∂J/∂b<sub>j</sub>. */
    public float hiddenBiasGradient(int j) {
        return meanGradient(layout.biasOffset(HIDDEN) + j);
    }

    /** v<sub>j</sub>, the weight from hidden unit j to the output, before the update. */
    public float outputWeight(int j) {
        return before[layout.weightOffset(OUTPUT) + j];
    }

    /** v<sub>j</sub> after the update. */
    public float outputWeightAfter(int j) {
        return after[layout.weightOffset(OUTPUT) + j];
    }

    /** ∂J/∂v<sub>j</sub>. */
    public float outputWeightGradient(int j) {
        return meanGradient(layout.weightOffset(OUTPUT) + j);
    }

    /** The output bias c before the update. */
    public float outputBias() {
        return before[layout.biasOffset(OUTPUT)];
    }

    /** c after the update. */
    public float outputBiasAfter() {
        return after[layout.biasOffset(OUTPUT)];
    }

    /** ∂J/∂c. */
    public float outputBiasGradient() {
        return meanGradient(layout.biasOffset(OUTPUT));
    }

    /** z<sub>j</sub> of hidden unit j for a row. */
    public float hiddenSum(int row, int j) {
        return trace.sum(HIDDEN, row, j);
    }

    /** a<sub>j</sub> = f(z<sub>j</sub>) for a row. */
    public float hiddenActivation(int row, int j) {
        return trace.activation(HIDDEN, row, j);
    }

    /** f'(z<sub>j</sub>) for a row. */
    public float hiddenSlope(int row, int j) {
        return hiddenSlopes[row * hiddenUnits() + j];
    }

    /** δ<sub>j</sub> = ∂L/∂z<sub>j</sub> for a row, from the engine's backward pass. */
    public float hiddenDelta(int row, int j) {
        return trace.delta(HIDDEN, row, j);
    }

    /** The output unit's weighted sum z for a row. */
    public float outputSum(int row) {
        return trace.sum(OUTPUT, row, 0);
    }

    /** The prediction ŷ = σ(z) for a row. */
    public float prediction(int row) {
        return trace.activation(OUTPUT, row, 0);
    }

    /** σ'(z) of the output unit for a row. */
    public float outputSlope(int row) {
        return outputSlopes[row];
    }

    /** ∂L/∂ŷ = 2(ŷ − y) for a row, the derivative of the squared error. */
    public float lossGradient(int row) {
        return 2 * (prediction(row) - target(row));
    }

    /** δ = ∂L/∂z of the output unit for a row, from the engine's backward pass. */
    public float outputDelta(int row) {
        return trace.delta(OUTPUT, row, 0);
    }

    /** The loss L = (ŷ − y)² of a row. */
    public double rowLoss(int row) {
        return trace.rowLoss(row);
    }

    /** The loss J of the step: the mean of the rows' losses, before the update. */
    public double loss() {
        return trace.lossSum() / rows();
    }

    /** J with the weights after the update. */
    public double lossAfter() {
        return lossAfter;
    }

    /** The weights and biases before the update, in the engine's layout; a copy. */
    float[] parametersBefore() {
        return before.clone();
    }

    /** The weights and biases after the update, in the engine's layout; a copy. */
    float[] parametersAfter() {
        return after.clone();
    }

    private int hiddenWeightIndex(int i, int j) {
        return layout.weightOffset(HIDDEN) + i * layout.units(HIDDEN) + j;
    }

    private float meanGradient(int index) {
        return meanGradient[index];
    }
}

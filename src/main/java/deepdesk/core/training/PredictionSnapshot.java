package deepdesk.core.training;

import deepdesk.core.model.ModelSpec;
import java.util.List;

/**
 * What the network predicted at one moment of a run, computed from a copy of its weights:
 * outputs over a grid of two inputs, outputs for the validation rows, and hidden neuron
 * activations over the grid. Grid cells are ordered row by row from the bottom ({@code yMin})
 * up, each row from left ({@code xMin}) to right: cell {@code iy * resolution + ix}. It also
 * keeps the copied weights it was computed from, so views can draw the network as it was.
 *
 * <p>Threading: immutable; accessors that return arrays return copies.
 */
public final class PredictionSnapshot {

    private final long runId;
    private final long step;
    private final int epoch;
    private final PredictionRequest request;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final int outputWidth;
    private final float[] gridOutputs;
    private final float[] validationOutputs;
    private final List<float[]> neuronActivations;
    private final ModelSpec spec;
    private final float[] weights;

    PredictionSnapshot(long runId, long step, int epoch, PredictionRequest request, double xMin,
                       double xMax, double yMin, double yMax, int outputWidth, float[] gridOutputs,
                       float[] validationOutputs, List<float[]> neuronActivations, ModelSpec spec,
                       float[] weights) {
        this.runId = runId;
        this.step = step;
        this.epoch = epoch;
        this.request = request;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.outputWidth = outputWidth;
        this.gridOutputs = gridOutputs;
        this.validationOutputs = validationOutputs;
        this.neuronActivations = List.copyOf(neuronActivations);
        this.spec = spec;
        this.weights = weights;
    }

    /** The network the outputs came from. */
    public ModelSpec spec() {
        return spec;
    }

    /**
     * The network's parameters when the outputs were computed (a copy), in the layout of
     * {@link deepdesk.core.engine.ParameterLayout} for {@link #spec()}.
     */
    public float[] weights() {
        return weights.clone();
    }

    /** The run the weights came from. */
    public long runId() {
        return runId;
    }

    /** Batches the run had trained when the weights were copied. */
    public long step() {
        return step;
    }

    /** Epochs the run had completed when the weights were copied. */
    public int epoch() {
        return epoch;
    }

    /** The request this answers. */
    public PredictionRequest request() {
        return request;
    }

    /** Grid points per axis. */
    public int resolution() {
        return request.resolution();
    }

    /** Left end of the horizontal axis, in prepared units. */
    public double xMin() {
        return xMin;
    }

    /** Right end of the horizontal axis. */
    public double xMax() {
        return xMax;
    }

    /** Bottom of the vertical axis. */
    public double yMin() {
        return yMin;
    }

    /** Top of the vertical axis. */
    public double yMax() {
        return yMax;
    }

    /** Values the network outputs per row. */
    public int outputWidth() {
        return outputWidth;
    }

    /** Output {@code k} at grid cell {@code cell}. */
    public float gridOutput(int cell, int k) {
        return gridOutputs[cell * outputWidth + k];
    }

    /** All grid outputs, cell by cell, {@code outputWidth} values per cell (a copy). */
    public float[] gridOutputs() {
        return gridOutputs.clone();
    }

    /** Outputs for the validation rows, row by row (a copy); empty when not requested. */
    public float[] validationOutputs() {
        return validationOutputs.clone();
    }

    /** Number of hidden layers with activations; 0 when not requested. */
    public int hiddenLayerCount() {
        return neuronActivations.size();
    }

    /**
     * The activation of one hidden neuron over the grid (a copy), cell by cell.
     *
     * @param layer  hidden layer, from 0 nearest the input
     * @param neuron the neuron within the layer
     */
    public float[] neuronActivation(int layer, int neuron) {
        int cells = request.resolution() * request.resolution();
        float[] out = new float[cells];
        System.arraycopy(neuronActivations.get(layer), neuron * cells, out, 0, cells);
        return out;
    }

    /** Neurons in hidden layer {@code layer}. */
    public int neuronCount(int layer) {
        return neuronActivations.get(layer).length / (request.resolution() * request.resolution());
    }
}

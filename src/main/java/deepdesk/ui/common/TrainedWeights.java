package deepdesk.ui.common;

import deepdesk.core.engine.ParameterLayout;
import deepdesk.core.model.ModelSpec;
import java.util.Arrays;
import java.util.Objects;

/**
 * The weights of a training run at one moment, split per weight layer the way the network
 * diagram draws them: layer {@code l}'s weights row-major {@code [in][out]}, then the biases of
 * its outputs. The Train screen publishes one through {@link Workbench#trainedWeightsProperty()}
 * a few times a second; the Model screen draws it.
 *
 * <p>Threading: immutable; the arrays are copied in and every accessor returns a copy.
 */
public final class TrainedWeights {

    private final long runId;
    private final int epoch;
    private final ModelSpec spec;
    private final float[][] weights;
    private final float[][] biases;

    private TrainedWeights(long runId, int epoch, ModelSpec spec, float[][] weights, float[][] biases) {
        this.runId = runId;
        this.epoch = epoch;
        this.spec = spec;
        this.weights = weights;
        this.biases = biases;
    }

    /**
     * Splits a network's flat parameters into layers.
     *
     * @param runId      the run they belong to
     * @param epoch      epochs the run had completed
     * @param spec       the network
     * @param parameters the flat parameters, in {@link ParameterLayout}'s order (copied)
     * @throws IllegalArgumentException when the parameter count does not fit the network
     */
    public static TrainedWeights of(long runId, int epoch, ModelSpec spec, float[] parameters) {
        Objects.requireNonNull(spec, "spec");
        ParameterLayout layout = new ParameterLayout(spec);
        if (parameters.length != layout.size()) {
            throw new IllegalArgumentException("the network has " + layout.size() + " parameters, got "
                    + parameters.length);
        }
        float[][] weights = new float[layout.layerCount()][];
        float[][] biases = new float[layout.layerCount()][];
        for (int l = 0; l < layout.layerCount(); l++) {
            int w = layout.weightOffset(l);
            weights[l] = Arrays.copyOfRange(parameters, w, w + layout.weightCount(l));
            int b = layout.biasOffset(l);
            biases[l] = Arrays.copyOfRange(parameters, b, b + layout.units(l));
        }
        return new TrainedWeights(runId, epoch, spec, weights, biases);
    }

    /** The run the weights belong to. */
    public long runId() {
        return runId;
    }

    /** Epochs the run had completed when the weights were copied. */
    public int epoch() {
        return epoch;
    }

    /** The network the weights belong to. */
    public ModelSpec spec() {
        return spec;
    }

    /** Per weight layer, its weights row-major {@code [in][out]} (a copy). */
    public float[][] weights() {
        return deepCopy(weights);
    }

    /** Per weight layer, the biases of its outputs (a copy). */
    public float[][] biases() {
        return deepCopy(biases);
    }

    private static float[][] deepCopy(float[][] arrays) {
        float[][] copy = new float[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            copy[i] = arrays[i].clone();
        }
        return copy;
    }
}

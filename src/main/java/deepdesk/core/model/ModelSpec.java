package deepdesk.core.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Objects;

/**
 * A fully connected network: input width, any number of dense hidden layers (zero gives linear
 * or logistic regression), and an output layer with its loss.
 *
 * <p>Targets: for a {@link OutputKind#SOFTMAX} output each row has one target, the class index
 * as a float; for every other output each row has {@code outputWidth} targets (class 0/1 for a
 * sigmoid output, ±1 for a tanh output, the values themselves for regression).
 *
 * <p>Threading: immutable.
 *
 * @param inputWidth  Number of input features after data preparation.
 * @param hidden      The hidden layers, from input to output; may be empty.
 * @param outputWidth Number of outputs: one per regression target, one for a binary
 *                    classifier, one per class for a multi-class classifier.
 * @param output      What the output layer produces; follows from the task.
 * @param loss        What training minimises. Cross-entropies need the matching output
 *                    (binary with sigmoid, softmax with softmax).
 * @param initializer How the initial weights are drawn from the seed.
 */
public record ModelSpec(int inputWidth, List<LayerSpec> hidden, int outputWidth, OutputKind output,
                        LossKind loss, Initializer initializer) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * Validates the spec.
     *
     * @throws IllegalArgumentException when a width is below 1 or the loss does not fit the
     *                                  output
     */
    public ModelSpec {
        if (inputWidth < 1) {
            throw new IllegalArgumentException("the input needs at least one feature, got " + inputWidth);
        }
        if (outputWidth < 1) {
            throw new IllegalArgumentException("the output needs at least one unit, got " + outputWidth);
        }
        hidden = List.copyOf(Objects.requireNonNull(hidden, "hidden"));
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(initializer, "initializer");
        if (loss == LossKind.BINARY_CROSS_ENTROPY && output != OutputKind.SIGMOID) {
            throw new IllegalArgumentException("binary cross-entropy needs a sigmoid output, not " + output);
        }
        if (loss == LossKind.SOFTMAX_CROSS_ENTROPY && output != OutputKind.SOFTMAX) {
            throw new IllegalArgumentException("softmax cross-entropy needs a softmax output, not " + output);
        }
        if (output == OutputKind.SOFTMAX && outputWidth < 2) {
            throw new IllegalArgumentException("a softmax output needs at least two classes");
        }
    }

    /**
     * A regression network: linear output, mean squared error, Glorot uniform weights.
     *
     * @param inputWidth number of input features
     * @param targets    number of values to predict per row
     * @param hidden     the hidden layers, possibly none
     */
    public static ModelSpec forRegression(int inputWidth, int targets, List<LayerSpec> hidden) {
        return new ModelSpec(inputWidth, hidden, targets, OutputKind.LINEAR, LossKind.MSE,
                Initializer.GLOROT_UNIFORM);
    }

    /**
     * A classifier: one sigmoid output with binary cross-entropy for two classes, a softmax over
     * the classes with softmax cross-entropy for more; Glorot uniform weights.
     *
     * @param inputWidth number of input features
     * @param classes    number of classes, at least 2
     * @param hidden     the hidden layers, possibly none
     */
    public static ModelSpec forClassification(int inputWidth, int classes, List<LayerSpec> hidden) {
        if (classes < 2) {
            throw new IllegalArgumentException("classification needs at least two classes, got " + classes);
        }
        if (classes == 2) {
            return new ModelSpec(inputWidth, hidden, 1, OutputKind.SIGMOID,
                    LossKind.BINARY_CROSS_ENTROPY, Initializer.GLOROT_UNIFORM);
        }
        return new ModelSpec(inputWidth, hidden, classes, OutputKind.SOFTMAX,
                LossKind.SOFTMAX_CROSS_ENTROPY, Initializer.GLOROT_UNIFORM);
    }

    /** Number of dense layers with weights: the hidden layers plus the output layer. */
    public int layerCount() {
        return hidden.size() + 1;
    }

    /** Number of units of weight layer {@code layer} (0-based; the last is the output). */
    public int unitsOf(int layer) {
        return layer == hidden.size() ? outputWidth : hidden.get(layer).units();
    }

    /** Width of the input to weight layer {@code layer}. */
    public int inputWidthOf(int layer) {
        return layer == 0 ? inputWidth : hidden.get(layer - 1).units();
    }

    /** Number of target values per row: 1 (the class index) for softmax, else outputWidth. */
    public int targetWidth() {
        return output == OutputKind.SOFTMAX ? 1 : outputWidth;
    }

    /** Total number of weights and biases. */
    public int parameterCount() {
        int count = 0;
        for (int l = 0; l < layerCount(); l++) {
            count += (inputWidthOf(l) + 1) * unitsOf(l);
        }
        return count;
    }

    /** This spec as a JSON object. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write model spec as JSON", e);
        }
    }

    /**
     * Reads a spec written by {@link #toJson()}.
     *
     * @throws IllegalArgumentException when the text is not a valid spec
     */
    public static ModelSpec fromJson(String json) {
        try {
            return JSON.readValue(json, ModelSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid model spec: " + e.getOriginalMessage(), e);
        }
    }
}

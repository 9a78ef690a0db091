package deepdesk.core.engine;

import deepdesk.core.model.ModelSpec;

/**
 * Where each layer's weights and biases sit in the network's one flat parameter array. Layer
 * {@code l}'s weights come first, as an {@code in x out} row-major matrix (the weight from input
 * {@code k} to unit {@code j} is at {@code weightOffset(l) + k * out + j}), then its {@code out}
 * biases; layers follow one another from input to output.
 *
 * <p>Threading: immutable.
 */
public final class ParameterLayout {

    private final int[] inputs;
    private final int[] units;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final int size;

    /** The layout of {@code spec}'s parameters. */
    public ParameterLayout(ModelSpec spec) {
        int layers = spec.layerCount();
        inputs = new int[layers];
        units = new int[layers];
        weightOffsets = new int[layers];
        biasOffsets = new int[layers];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            inputs[l] = spec.inputWidthOf(l);
            units[l] = spec.unitsOf(l);
            weightOffsets[l] = offset;
            offset += inputs[l] * units[l];
            biasOffsets[l] = offset;
            offset += units[l];
        }
        size = offset;
    }

    /** Number of weight layers (hidden layers plus the output layer). */
    public int layerCount() {
        return units.length;
    }

    /** Width of the input to layer {@code l}. */
    public int inputs(int l) {
        return inputs[l];
    }

    /** Number of units of layer {@code l}. */
    public int units(int l) {
        return units[l];
    }

    /** Offset of layer {@code l}'s first weight. */
    public int weightOffset(int l) {
        return weightOffsets[l];
    }

    /** Offset of layer {@code l}'s first bias. */
    public int biasOffset(int l) {
        return biasOffsets[l];
    }

    /** Number of weights of layer {@code l}. */
    public int weightCount(int l) {
        return inputs[l] * units[l];
    }

    /** Total number of parameters. */
    public int size() {
        return size;
    }

    /** Whether parameter {@code index} is a weight (not a bias). */
    public boolean isWeight(int index) {
        for (int l = 0; l < units.length; l++) {
            if (index < biasOffsets[l]) {
                return index >= weightOffsets[l];
            }
        }
        return false;
    }
}

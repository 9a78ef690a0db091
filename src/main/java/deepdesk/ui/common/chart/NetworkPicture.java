package deepdesk.ui.common.chart;

import java.util.List;

/**
 * What a {@link NetworkDiagram} draws: the layer sizes, names, and (once a network exists) its
 * weights and biases, copied so that the training thread can go on changing its own.
 *
 * <p>Threading: immutable by convention; nobody writes into the arrays after construction.
 *
 * @param layerSizes  units per layer, the inputs first and the outputs last
 * @param layerNames  a caption per layer, e.g. "tanh" or "softmax"
 * @param inputNames  the name of each input feature (may be shorter than the input layer)
 * @param weights     per connection layer {@code l}, row-major {@code [in][out]}, or {@code null}
 *                    before the network has weights
 * @param biases      per connection layer the biases of its outputs, or {@code null}
 */
public record NetworkPicture(int[] layerSizes, List<String> layerNames, List<String> inputNames,
                             float[][] weights, float[][] biases) {

    /** Whether weights are present. */
    public boolean hasWeights() {
        return weights != null;
    }

    /** The weight from unit {@code from} of layer {@code layer} to unit {@code to} of the next. */
    public float weight(int layer, int from, int to) {
        return weights[layer][from * layerSizes[layer + 1] + to];
    }
}

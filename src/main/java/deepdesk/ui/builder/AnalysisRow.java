package deepdesk.ui.builder;

/**
 * One line of the analyser table: a layer of the network with its output shape and parameters.
 *
 * <p>Threading: immutable.
 *
 * @param layer      the layer's name ("Input", "Hidden 1", "Output")
 * @param kind       what its dense units compute ("tanh · dropout 0.2")
 * @param shape      its output shape per batch of N rows ("N × 4")
 * @param weights    its weight matrix shape ("2×4"), or empty for the input
 * @param biases     its number of biases, or empty for the input
 * @param parameters its number of weights and biases
 */
public record AnalysisRow(String layer, String kind, String shape, String weights, String biases,
                          long parameters) {

    /** The weights and biases in one phrase ("W 2×4, b 4"), or empty for the input. */
    public String learnables() {
        return weights.isEmpty() ? "" : "W " + weights + ", b " + biases;
    }
}

package deepdesk.core.training;

/**
 * What a prediction snapshot should contain: the network's outputs over a square grid spanned by
 * two inputs (every other input held at the training median), optionally the outputs for the
 * validation rows and the activation of every hidden neuron over the same grid.
 *
 * <p>Threading: immutable.
 *
 * @param inputX            index of the prepared input along the grid's horizontal axis
 * @param inputY            index of the prepared input along the vertical axis
 * @param resolution        grid points along each axis, at least 2
 * @param xMin              left end of the horizontal axis; NaN for the training data's minimum
 * @param xMax              right end of the horizontal axis; NaN for the training data's maximum
 * @param yMin              bottom of the vertical axis; NaN for the training data's minimum
 * @param yMax              top of the vertical axis; NaN for the training data's maximum
 * @param includeValidation whether to predict the validation rows too
 * @param includeNeurons    whether to compute each hidden neuron's activation over the grid
 */
public record PredictionRequest(int inputX, int inputY, int resolution, double xMin, double xMax,
                                double yMin, double yMax, boolean includeValidation,
                                boolean includeNeurons) {

    /**
     * Validates the request.
     *
     * @throws IllegalArgumentException when an index is negative or the resolution below 2
     */
    public PredictionRequest {
        if (inputX < 0 || inputY < 0) {
            throw new IllegalArgumentException("input indices must be at least 0");
        }
        if (resolution < 2) {
            throw new IllegalArgumentException("the grid needs at least 2 points per axis, got " + resolution);
        }
    }

    /**
     * A grid over the training data's range of two inputs, with validation outputs and neuron
     * activations.
     */
    public static PredictionRequest grid(int inputX, int inputY, int resolution) {
        return new PredictionRequest(inputX, inputY, resolution, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, true, true);
    }
}

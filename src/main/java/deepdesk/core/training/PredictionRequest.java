package deepdesk.core.training;

import java.util.List;
import java.util.Objects;

/**
 * What a prediction snapshot should contain: the network's outputs over a square grid spanned by
 * two inputs (every other input held at a reference row), optionally the outputs for the
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
 * @param referenceRow      the value, in prepared units, at which each input off the two axes is
 *                          held; empty to hold every input at its training median, and a NaN
 *                          entry holds that input at its median
 */
public record PredictionRequest(int inputX, int inputY, int resolution, double xMin, double xMax,
                                double yMin, double yMax, boolean includeValidation,
                                boolean includeNeurons, List<Double> referenceRow) {

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
        referenceRow = List.copyOf(Objects.requireNonNull(referenceRow, "referenceRow"));
    }

    /** A request that holds the inputs off the two axes at their training medians. */
    public PredictionRequest(int inputX, int inputY, int resolution, double xMin, double xMax,
                             double yMin, double yMax, boolean includeValidation,
                             boolean includeNeurons) {
        this(inputX, inputY, resolution, xMin, xMax, yMin, yMax, includeValidation, includeNeurons,
                List.of());
    }

    /**
     * A grid over the training data's range of two inputs, with validation outputs and neuron
     * activations.
     */
    public static PredictionRequest grid(int inputX, int inputY, int resolution) {
        return new PredictionRequest(inputX, inputY, resolution, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, true, true);
    }

    /** The same request with the inputs off the two axes held at {@code row} (prepared units). */
    public PredictionRequest withReferenceRow(List<Double> row) {
        return new PredictionRequest(inputX, inputY, resolution, xMin, xMax, yMin, yMax,
                includeValidation, includeNeurons, row);
    }
}

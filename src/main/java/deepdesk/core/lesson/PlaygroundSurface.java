package deepdesk.core.lesson;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Network;
import deepdesk.core.model.ModelSpec;
import java.util.List;

/**
 * What a Playground network computes over the plane: its output and every hidden neuron's
 * activation on a square grid of points (x₁, x₂) across -6..6, each grid point first turned into
 * the chosen features, computed with the engine's forward pass from a copy of the weights. Cells
 * go row by row from the bottom (x₂ = -6) up, each row from left to right: cell
 * {@code row * resolution + column}.
 *
 * <p>Threading: immutable by convention; the arrays are never written after {@link #compute}
 * returns, and callers must not write into them either.
 *
 * @param runId      the run the weights came from
 * @param epoch      epochs the run had completed
 * @param resolution grid points along each axis
 * @param output     the network's output per cell: the probability of the positive class, or
 *                   the predicted value
 * @param neurons    per hidden layer, per neuron, its activation per cell
 */
public record PlaygroundSurface(long runId, int epoch, int resolution, float[] output,
                                float[][][] neurons) {

    /**
     * Computes the surface.
     *
     * @param spec       the network
     * @param weights    its parameters, as a prediction snapshot hands them out
     * @param features   the features the network receives, in order
     * @param resolution grid points along each axis, at least 2
     */
    public static PlaygroundSurface compute(long runId, int epoch, ModelSpec spec, float[] weights,
                                            List<PlaygroundFeature> features, int resolution) {
        if (features.size() != spec.inputWidth()) {
            throw new IllegalArgumentException("the network takes " + spec.inputWidth()
                    + " inputs, not " + features.size() + " features");
        }
        if (resolution < 2) {
            throw new IllegalArgumentException("the grid needs at least 2 points per axis");
        }
        int cells = resolution * resolution;
        int width = features.size();
        float[] grid = new float[cells * width];
        for (int row = 0; row < resolution; row++) {
            double x2 = coordinate(row, resolution);
            for (int column = 0; column < resolution; column++) {
                double x1 = coordinate(column, resolution);
                int base = (row * resolution + column) * width;
                for (int f = 0; f < width; f++) {
                    grid[base + f] = (float) features.get(f).compute(x1, x2);
                }
            }
        }
        Network network = Network.create(spec, BackendKind.JAVA, Math.min(cells, 1024), 0);
        network.setParameters(weights);
        float[] outputs = new float[cells * spec.outputWidth()];
        network.predict(grid, cells, outputs);
        float[][][] neurons = new float[spec.hidden().size()][][];
        for (int layer = 0; layer < neurons.length; layer++) {
            int units = spec.hidden().get(layer).units();
            float[] byRow = new float[cells * units];
            network.hiddenActivations(grid, cells, layer, byRow);
            neurons[layer] = new float[units][cells];
            for (int cell = 0; cell < cells; cell++) {
                for (int u = 0; u < units; u++) {
                    neurons[layer][u][cell] = byRow[cell * units + u];
                }
            }
        }
        return new PlaygroundSurface(runId, epoch, resolution, outputs, neurons);
    }

    /** The coordinate of grid line {@code index} of {@code resolution}, across -6..6. */
    public static double coordinate(int index, int resolution) {
        return -PlaygroundLesson.EXTENT + 2 * PlaygroundLesson.EXTENT * index / (resolution - 1);
    }

    /**
     * One feature over the same grid, for the picture on its toggle.
     *
     * @return the feature's value per cell
     */
    public static float[] featureGrid(PlaygroundFeature feature, int resolution) {
        float[] values = new float[resolution * resolution];
        for (int row = 0; row < resolution; row++) {
            for (int column = 0; column < resolution; column++) {
                values[row * resolution + column] = (float) feature.compute(
                        coordinate(column, resolution), coordinate(row, resolution));
            }
        }
        return values;
    }
}

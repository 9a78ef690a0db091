package deepdesk.core.engine;

/**
 * Every intermediate number of one forward and backward pass over a batch, copied out of the
 * network's buffers after {@link Network#trace}: the weighted sums, activations and loss
 * gradients of each layer and row, the loss of each row and the summed parameter gradient.
 *
 * <p>Layers are counted as {@link ParameterLayout} counts them: the hidden layers from the input
 * on, then the output layer. For the output layer the activation is the output activation, so
 * {@link #activation} of the last layer is the prediction.
 *
 * <p>Threading: immutable; safe from any thread.
 */
public final class PassTrace {

    private final int rows;
    private final int[] units;
    private final float[][] sums;
    private final float[][] activations;
    private final float[][] deltas;
    private final double[] rowLosses;
    private final float[] gradientSum;

    PassTrace(int rows, int[] units, float[][] sums, float[][] activations, float[][] deltas,
              double[] rowLosses, float[] gradientSum) {
        this.rows = rows;
        this.units = units.clone();
        this.sums = sums;
        this.activations = activations;
        this.deltas = deltas;
        this.rowLosses = rowLosses.clone();
        this.gradientSum = gradientSum.clone();
    }

    /** Number of rows in the batch. */
    public int rows() {
        return rows;
    }

    /** Number of weight layers (hidden layers plus the output layer). */
    public int layerCount() {
        return units.length;
    }

    /** Number of units of layer {@code layer}. */
    public int units(int layer) {
        return units[layer];
    }

    /** The weighted sum z of one unit for one row. */
    public float sum(int layer, int row, int unit) {
        return sums[layer][index(layer, row, unit)];
    }

    /** The unit's activation f(z) for one row; for the output layer, the prediction. */
    public float activation(int layer, int row, int unit) {
        return activations[layer][index(layer, row, unit)];
    }

    /** The gradient of the summed loss with respect to the unit's weighted sum, for one row. */
    public float delta(int layer, int row, int unit) {
        return deltas[layer][index(layer, row, unit)];
    }

    /** The data loss of one row. */
    public double rowLoss(int row) {
        return rowLosses[row];
    }

    /** The sum of the rows' data losses. */
    public double lossSum() {
        double sum = 0;
        for (double loss : rowLosses) {
            sum += loss;
        }
        return sum;
    }

    /**
     * The gradient of the summed loss over the batch with respect to every parameter, in the
     * layout of {@link Network#parameters()}; a copy.
     */
    public float[] gradientSum() {
        return gradientSum.clone();
    }

    private int index(int layer, int row, int unit) {
        if (row < 0 || row >= rows || unit < 0 || unit >= units[layer]) {
            throw new IndexOutOfBoundsException("no unit " + unit + " of row " + row + " in layer " + layer);
        }
        return row * units[layer] + unit;
    }
}

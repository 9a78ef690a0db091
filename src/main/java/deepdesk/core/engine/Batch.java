package deepdesk.core.engine;

/**
 * A mini-batch handed to {@link Network#computeGradients}. The arrays may be longer than needed
 * (reused buffers); only the first {@code rows} rows count.
 *
 * <p>Threading: a view of buffers that the producer may overwrite after the call returns; do not
 * keep it.
 *
 * @param features row-major, at least {@code rows * inputWidth} values
 * @param targets  row-major, at least {@code rows * targetWidth} values; for a softmax output the
 *                 class index of each row as a float
 * @param rows     number of rows, from 1 to the network's maximum batch size
 */
public record Batch(float[] features, float[] targets, int rows) {
}

package deepdesk.ui.evaluation;

/**
 * One cell of a confusion matrix.
 *
 * <p>Threading: immutable.
 *
 * @param actual    the true class index (the matrix row)
 * @param predicted the predicted class index (the matrix column)
 */
public record ConfusionCell(int actual, int predicted) {
}

package deepdesk.core.prep;

/**
 * One split of the data after preparation: dense float features and targets, ready for the
 * engine.
 *
 * <p>Threading: treat as immutable once built; never write into the arrays after handing it out.
 *
 * @param features    row-major, {@code rows * width} values
 * @param rows        number of rows
 * @param width       number of features per row after encoding
 * @param targets     row-major, {@code rows * targetWidth} values; for classification the class
 *                    index as a float (targetWidth 1)
 * @param targetWidth number of target values per row (1 unless multi-output regression)
 * @param labels      for classification the class index of each row (0..classCount-1); for
 *                    regression {@code null}
 * @param classCount  number of classes for classification, 0 for regression
 */
public record PreparedSplit(float[] features, int rows, int width, float[] targets,
                            int targetWidth, int[] labels, int classCount) {

    /** Whether this is a classification split. */
    public boolean isClassification() {
        return labels != null;
    }
}

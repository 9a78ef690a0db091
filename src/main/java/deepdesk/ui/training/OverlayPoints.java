package deepdesk.ui.training;

/**
 * The data points drawn on the decision surface: training and test rows projected on the two
 * chosen inputs.
 *
 * <p>Threading: immutable by convention; the arrays are not written after it is built.
 *
 * @param xs      each point's value of the horizontal input, in prepared units
 * @param ys      each point's value of the vertical input
 * @param classes each point's class, or {@code null} for regression
 * @param values  each point's target value for regression, or {@code null} for classification
 * @param isTest  whether each point is a held-out test row
 */
public record OverlayPoints(float[] xs, float[] ys, int[] classes, float[] values, boolean[] isTest) {

    /** No points. */
    public static final OverlayPoints NONE = new OverlayPoints(new float[0], new float[0], new int[0],
            null, new boolean[0]);
}

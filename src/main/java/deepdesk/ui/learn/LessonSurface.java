package deepdesk.ui.learn;

/**
 * The loss over a grid of (w, b) for the contour map, with the grid's bounds.
 *
 * <p>Threading: immutable by convention; the array is never written after construction.
 *
 * @param values row-major, {@code rows * cols}; row 0 is {@code bMin}, column 0 is {@code wMin}
 * @param cols   number of w values
 * @param rows   number of b values
 * @param wMin   the smallest slope shown
 * @param wMax   the largest slope shown
 * @param bMin   the smallest intercept shown
 * @param bMax   the largest intercept shown
 * @param bestW  the slope at the bottom of the surface (least squares)
 * @param bestB  the intercept at the bottom of the surface
 */
record LessonSurface(double[] values, int cols, int rows, double wMin, double wMax, double bMin,
                     double bMax, double bestW, double bestB) {
}

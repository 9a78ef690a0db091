package deepdesk.ui.learn;

/**
 * The (x, y) points a lesson fits, with the names of the two axes.
 *
 * <p>Threading: immutable by convention; the arrays are never written after construction.
 *
 * @param xs    the inputs
 * @param ys    the targets
 * @param xName what x is
 * @param yName what y is
 */
record LessonPoints(float[] xs, float[] ys, String xName, String yName) {
}

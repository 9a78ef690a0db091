package deepdesk.core.lesson;

/**
 * One point on the gradient-descent path of the linear-regression lesson: the parameters, the
 * loss over all rows there, and the gradient that the step taken from it used.
 *
 * <p>Threading: immutable.
 *
 * @param number   how many updates led here (0 at the start)
 * @param w        the slope
 * @param b        the intercept
 * @param loss     the mean squared error over all rows at (w, b)
 * @param gradW    ∂J/∂w over all rows at (w, b)
 * @param gradB    ∂J/∂b over all rows at (w, b)
 */
public record DescentStep(int number, double w, double b, double loss, double gradW,
                          double gradB) {

    /** Whether the loss has become infinite or not a number. */
    public boolean diverged() {
        return !Double.isFinite(loss) || !Double.isFinite(w) || !Double.isFinite(b);
    }
}

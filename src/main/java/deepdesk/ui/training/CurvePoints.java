package deepdesk.ui.training;

import java.util.Arrays;

/**
 * A growing list of (x, y) points of one curve of one run, kept in primitive arrays so that views
 * can append only the points they have not drawn yet.
 *
 * <p>Threading: FX thread only.
 */
public final class CurvePoints {

    private double[] xs = new double[64];
    private double[] ys = new double[64];
    private int size;

    /** Appends a point. */
    public void add(double x, double y) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
        }
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    /** Number of points. */
    public int size() {
        return size;
    }

    /** The x values from index {@code from} on (a copy). */
    public double[] xsFrom(int from) {
        return Arrays.copyOfRange(xs, from, size);
    }

    /** The y values from index {@code from} on (a copy). */
    public double[] ysFrom(int from) {
        return Arrays.copyOfRange(ys, from, size);
    }

    /** The y value of point {@code i}. */
    public double y(int i) {
        return ys[i];
    }
}

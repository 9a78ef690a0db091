package deepdesk.ui.common.chart;

import java.util.Arrays;
import javafx.scene.paint.Color;

/**
 * One curve of a {@link LiveLineChart}: x values that never decrease, with a y value each, held in
 * growing primitive arrays so that a series of a million points costs 16 MB and no boxing.
 *
 * <p>Threading: FX thread only. The training thread never writes here; the UI appends the
 * numbers it drained from training events.
 */
public final class ChartSeries {

    private final String name;
    private final Color color;
    private final LiveLineChart owner;
    private double[] xs = new double[256];
    private double[] ys = new double[256];
    private int size;
    private boolean smoothed;
    private boolean dashed;
    private boolean visible = true;

    ChartSeries(LiveLineChart owner, String name, Color color) {
        this.owner = owner;
        this.name = name;
        this.color = color;
    }

    /** The name shown in the legend and the hover read-out. */
    public String name() {
        return name;
    }

    /** The colour of the line. */
    public Color color() {
        return color;
    }

    /** Number of points. */
    public int size() {
        return size;
    }

    /** The x value of point {@code i}. */
    public double x(int i) {
        return xs[i];
    }

    /** The y value of point {@code i}. */
    public double y(int i) {
        return ys[i];
    }

    /**
     * Appends one point.
     *
     * @throws IllegalArgumentException when {@code x} is smaller than the last x
     */
    public void add(double x, double y) {
        if (size > 0 && x < xs[size - 1]) {
            throw new IllegalArgumentException("x must not decrease: " + x + " after " + xs[size - 1]);
        }
        grow(size + 1);
        xs[size] = x;
        ys[size] = y;
        size++;
        owner.invalidate();
    }

    /** Appends many points at once (one repaint). */
    public void addAll(double[] newXs, double[] newYs) {
        if (newXs.length != newYs.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        grow(size + newXs.length);
        for (int i = 0; i < newXs.length; i++) {
            if (size > 0 && newXs[i] < xs[size - 1]) {
                throw new IllegalArgumentException("x must not decrease at index " + i);
            }
            xs[size] = newXs[i];
            ys[size] = newYs[i];
            size++;
        }
        owner.invalidate();
    }

    /** Removes every point. */
    public void clear() {
        size = 0;
        owner.invalidate();
    }

    /** Whether the chart's smoothing applies to this series (the raw curve is then drawn faintly). */
    public boolean isSmoothed() {
        return smoothed;
    }

    /** Chooses whether the chart's smoothing applies to this series. */
    public void setSmoothed(boolean smoothed) {
        this.smoothed = smoothed;
        owner.invalidate();
    }

    /** Whether the line is dashed (used for validation curves). */
    public boolean isDashed() {
        return dashed;
    }

    /** Chooses a dashed line. */
    public void setDashed(boolean dashed) {
        this.dashed = dashed;
        owner.invalidate();
    }

    /** Whether the series is drawn. */
    public boolean isVisible() {
        return visible;
    }

    /** Shows or hides the series. */
    public void setVisible(boolean visible) {
        this.visible = visible;
        owner.invalidate();
    }

    /** The index of the last point whose x is at most {@code x}, or -1. */
    public int indexAtOrBefore(double x) {
        int lo = 0;
        int hi = size - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] <= x) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    double[] xsView() {
        return xs;
    }

    double[] ysView() {
        return ys;
    }

    private void grow(int needed) {
        if (needed > xs.length) {
            int capacity = Math.max(needed, xs.length * 2);
            xs = Arrays.copyOf(xs, capacity);
            ys = Arrays.copyOf(ys, capacity);
        }
    }
}

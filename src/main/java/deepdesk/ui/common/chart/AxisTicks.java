package deepdesk.ui.common.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses "nice" tick positions (1, 2 or 5 times a power of ten) for chart axes and formats
 * their labels.
 *
 * <p>Threading: stateless; any thread.
 */
public final class AxisTicks {

    private AxisTicks() {
    }

    /**
     * Ticks for a linear axis.
     *
     * @param min     the lower end of the axis
     * @param max     the upper end
     * @param targetCount roughly how many ticks fit
     * @return the tick positions inside {@code [min, max]}, in increasing order
     */
    public static double[] linear(double min, double max, int targetCount) {
        if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max)) {
            return new double[0];
        }
        double raw = (max - min) / Math.max(1, targetCount);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 5, 10}) {
            step = m * magnitude;
            if (step >= raw) {
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Ticks at the powers of ten inside {@code [min, max]} (both positive). */
    public static double[] logarithmic(double min, double max) {
        List<Double> ticks = new ArrayList<>();
        for (double e = Math.ceil(Math.log10(min)); e <= Math.floor(Math.log10(max)); e++) {
            ticks.add(Math.pow(10, e));
        }
        if (ticks.size() < 2) {
            return linear(min, max, 4);
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A short tick label: integers without decimals, small or large values in E notation. */
    public static String format(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            return String.format(Locale.ROOT, "%.0e", v);
        }
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "");
    }

    /** An exact value for a read-out: five significant digits. */
    public static String formatValue(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return String.format(Locale.ROOT, "%.5g", v);
    }
}

package deepdesk.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * "Nice" axis tick positions (steps of 1, 2 or 5 times a power of ten) and their labels.
 *
 * <p>Threading: stateless; any thread.
 */
public final class Ticks {

    private Ticks() {
    }

    /** About {@code count} evenly spaced round values between {@code min} and {@code max}. */
    public static List<Double> of(double min, double max, int count) {
        List<Double> ticks = new ArrayList<>();
        double span = max - min;
        if (!(span > 0) || count < 1) {
            return ticks;
        }
        double raw = span / count;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double step = (fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10) * magnitude;
        for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    /** A short label for a tick or a statistic: no trailing zeros, scientific when huge or tiny. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        double abs = Math.abs(value);
        if (abs != 0 && (abs >= 1e6 || abs < 1e-3)) {
            return String.format(java.util.Locale.ROOT, "%.2e", value);
        }
        String text = String.format(java.util.Locale.ROOT, abs >= 100 ? "%.1f" : "%.3f", value);
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text.equals("-0") ? "0" : text;
    }

    /** A value to six significant digits, without trailing zeros; scientific when huge or tiny. */
    public static String precise(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        java.math.BigDecimal rounded = new java.math.BigDecimal(value)
                .round(new java.math.MathContext(6)).stripTrailingZeros();
        double abs = Math.abs(value);
        if (abs != 0 && (abs >= 1e9 || abs < 1e-4)) {
            return rounded.toString();
        }
        return rounded.toPlainString();
    }
}

package deepdesk.ui.common;

/**
 * Numbers as the Dataset screen shows them: short labels for statistics and histogram bins, and
 * six significant digits for table cells.
 *
 * <p>Threading: stateless; any thread.
 */
public final class NumberLabels {

    private NumberLabels() {
    }

    /** A short label for a statistic or a bin: no trailing zeros, scientific when huge or tiny. */
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

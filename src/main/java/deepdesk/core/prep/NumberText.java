package deepdesk.core.prep;

import java.util.Locale;
import java.util.Set;

/**
 * Reads numbers and missing markers from cell text, as prediction inputs and categorical
 * columns arrive.
 *
 * <p>Threading: stateless.
 */
final class NumberText {

    private static final Set<String> MISSING = Set.of("", "na", "n/a", "null", "nan", "?", "-");

    private NumberText() {
    }

    /** Whether the text marks a missing value (empty, NA, N/A, null, NaN, ?, -). */
    static boolean isMissing(String text) {
        return text == null || MISSING.contains(text.trim().toLowerCase(Locale.ROOT));
    }

    /** The number the text holds, or NaN when it is missing or not a number. */
    static double parseOrNaN(String text) {
        if (isMissing(text)) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(text.trim());
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * The text of a number as a numeric column formats it ({@code 3} for {@code 3.0}), so that
     * "3.0" typed at prediction time finds the category "3"; other text is returned unchanged.
     */
    static String canonical(String text) {
        double v = parseOrNaN(text);
        if (Double.isNaN(v)) {
            return text;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}

package deepdesk.ui.builder;

import java.math.BigDecimal;

/**
 * Reads numbers typed into setting fields and writes numbers back into them. A value that cannot
 * be accepted raises an {@link IllegalArgumentException} whose message is the reason, written for
 * the user and shown next to the field.
 *
 * <p>Threading: stateless; any thread.
 */
final class NumberEntry {

    private NumberEntry() {
    }

    /** A finite decimal number, in plain or scientific notation ("0.001", "1e-3"). */
    static double decimal(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Enter a number.");
        }
        double value;
        try {
            value = Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a number.", e);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Enter a finite number.");
        }
        return value;
    }

    /** A whole number. */
    static long whole(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Enter a whole number.");
        }
        try {
            return Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a whole number.", e);
        }
    }

    /** A whole number of at least {@code min} that fits an {@code int}. */
    static int wholeAtLeast(String text, int min, String what) {
        long value = whole(text);
        if (value < min) {
            throw new IllegalArgumentException(what + " must be at least " + min + ".");
        }
        if (value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " is too large.");
        }
        return (int) value;
    }

    /** A number above 0. */
    static double positive(String text, String what) {
        double value = decimal(text);
        if (!(value > 0)) {
            throw new IllegalArgumentException(what + " must be greater than 0.");
        }
        return value;
    }

    /** A number of at least 0. */
    static double nonNegative(String text, String what) {
        double value = decimal(text);
        if (value < 0) {
            throw new IllegalArgumentException(what + " must be 0 or more.");
        }
        return value;
    }

    /** A number from 0 up to but not including 1. */
    static double fractionBelowOne(String text, String what) {
        double value = decimal(text);
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(what + " must be at least 0 and below 1.");
        }
        return value;
    }

    /** A number above 0 and at most 1. */
    static double fractionUpToOne(String text, String what) {
        double value = decimal(text);
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be above 0 and at most 1.");
        }
        return value;
    }

    /** A number from 0 to 1, both included. */
    static double unitInterval(String text, String what) {
        double value = decimal(text);
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be between 0 and 1.");
        }
        return value;
    }

    /** {@code value} as short as it reads exactly: "0.03", "200", "1E-8". */
    static String format(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        double size = Math.abs(value);
        if (size >= 1e-4 && size < 1e9) {
            return exact.toPlainString();
        }
        return exact.toString();
    }
}

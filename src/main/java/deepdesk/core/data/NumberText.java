package deepdesk.core.data;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Reads a cell as a plain decimal number: an optional sign, digits with at most one decimal
 * separator, and an optional exponent ({@code -12}, {@code 3.5}, {@code .5}, {@code 1e-3}).
 * Anything else (hex, {@code Infinity}, type suffixes such as {@code 1f}, thousands separators)
 * is not a number here, so such a column is read as text.
 *
 * <p>Both the general and the fast import path call this class, which is what keeps their
 * results identical.
 *
 * <p>Threading: stateless; safe from any thread.
 */
final class NumberText {

    /** Returned by the parse methods for a cell that is not a number. */
    static final double NOT_A_NUMBER = Double.NaN;

    private static final int INVALID = -2;
    private static final int NO_SEPARATOR = -1;

    private NumberText() {
    }

    /**
     * Writes a number as a person would read it: whole numbers without a decimal point, others
     * in the shortest form that reads back to the same value; the empty string for missing.
     */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /**
     * Parses {@code cell} (without surrounding spaces).
     *
     * @param decimalComma whether a comma may be the decimal separator
     * @return the value, or {@link #NOT_A_NUMBER} when the cell is not a plain finite number
     */
    static double parse(String cell, boolean decimalComma) {
        int separator = scan(cell, decimalComma);
        if (separator == INVALID) {
            return NOT_A_NUMBER;
        }
        String text = separator >= 0 && cell.charAt(separator) == ','
                ? cell.replace(',', '.') : cell;
        double v = JavaDoubleParser.parseDouble(text);
        return Double.isInfinite(v) ? NOT_A_NUMBER : v;
    }

    /**
     * Parses the ASCII bytes {@code [from, to)} (without surrounding spaces).
     *
     * @param scratch a buffer at least {@code to - from} long, used when a decimal comma must
     *                be rewritten
     * @return the value, or {@link #NOT_A_NUMBER} when the bytes are not a plain finite number
     */
    static double parse(byte[] bytes, int from, int to, boolean decimalComma, byte[] scratch) {
        int separator = scan(bytes, from, to, decimalComma);
        if (separator == INVALID) {
            return NOT_A_NUMBER;
        }
        double v;
        if (separator >= 0 && bytes[separator] == ',') {
            int length = to - from;
            System.arraycopy(bytes, from, scratch, 0, length);
            scratch[separator - from] = '.';
            v = JavaDoubleParser.parseDouble(scratch, 0, length);
        } else {
            v = JavaDoubleParser.parseDouble(bytes, from, to - from);
        }
        return Double.isInfinite(v) ? NOT_A_NUMBER : v;
    }

    /** Returns INVALID, NO_SEPARATOR or the index of the decimal separator. */
    private static int scan(CharSequence s, boolean decimalComma) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        int separator = NO_SEPARATOR;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if ((c == '.' || (c == ',' && decimalComma)) && separator == NO_SEPARATOR) {
                separator = i;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return INVALID;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return INVALID;
            }
        }
        return i == n ? separator : INVALID;
    }

    private static int scan(byte[] b, int from, int to, boolean decimalComma) {
        int i = from;
        if (i < to && (b[i] == '+' || b[i] == '-')) {
            i++;
        }
        int digits = 0;
        int separator = NO_SEPARATOR;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                digits++;
            } else if ((c == '.' || (c == ',' && decimalComma)) && separator == NO_SEPARATOR) {
                separator = i;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return INVALID;
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < to && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < to && b[i] >= '0' && b[i] <= '9') {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return INVALID;
            }
        }
        return i == to ? separator : INVALID;
    }
}

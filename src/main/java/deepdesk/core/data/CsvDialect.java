package deepdesk.core.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a CSV file is written: what separates fields, whether the first row names the columns,
 * how fields are quoted, how decimals are written and which cells count as missing. The
 * {@link CsvSniffer} guesses one from the file; the user can override each part.
 *
 * <p>Threading: immutable.
 *
 * @param delimiter      the character between fields: a comma, a semicolon, a tab or a vertical
 *                       bar. Default: comma.
 * @param hasHeader      whether the first row holds the column names rather than data. Default:
 *                       yes.
 * @param quote          the character that encloses a field holding delimiters, quotes or line
 *                       breaks; a quote inside such a field is written twice. Default: double
 *                       quote.
 * @param decimalComma   whether numbers use a comma as the decimal separator (3,14), as in many
 *                       European spreadsheets; numbers with a point are still read. Only
 *                       possible when the delimiter is not a comma. Default: no.
 * @param missingMarkers cell texts that mean "no value", compared ignoring case and surrounding
 *                       spaces; an empty cell is always missing. Default: NA, N/A, null, NaN,
 *                       ? and -.
 * @param charset        the text encoding of the file; a byte-order mark at the start is
 *                       skipped. Default: UTF-8.
 */
public record CsvDialect(char delimiter, boolean hasHeader, char quote, boolean decimalComma,
                         Set<String> missingMarkers, Charset charset) {

    /** The delimiters the sniffer and the import dialog offer. */
    public static final String DELIMITERS = ",;\t|";

    /** The missing markers used unless the user changes them. */
    public static final Set<String> DEFAULT_MISSING_MARKERS =
            Set.of("NA", "N/A", "null", "NaN", "?", "-");

    /** Comma separated, a header row, double quotes, decimal point, default missing markers. */
    public static final CsvDialect DEFAULT = new CsvDialect(',', true, '"', false,
            DEFAULT_MISSING_MARKERS, StandardCharsets.UTF_8);

    /**
     * Checks and normalises the parts.
     *
     * @throws IllegalArgumentException when the delimiter is not one of {@link #DELIMITERS}, the
     *                                  quote equals the delimiter, or a decimal comma is asked
     *                                  for with a comma delimiter
     */
    public CsvDialect {
        if (DELIMITERS.indexOf(delimiter) < 0) {
            throw new IllegalArgumentException("unsupported delimiter " + describe(delimiter));
        }
        if (quote == delimiter || quote == '\n' || quote == '\r') {
            throw new IllegalArgumentException("the quote character cannot be "
                    + describe(quote));
        }
        if (decimalComma && delimiter == ',') {
            throw new IllegalArgumentException("a decimal comma needs a delimiter other than ','");
        }
        TreeSet<String> markers = new TreeSet<>();
        for (String m : missingMarkers) {
            String t = m.strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                markers.add(t);
            }
        }
        missingMarkers = Set.copyOf(markers);
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
        }
    }

    /** This dialect with another delimiter (the decimal comma is dropped for a comma). */
    public CsvDialect withDelimiter(char newDelimiter) {
        return new CsvDialect(newDelimiter, hasHeader, quote, decimalComma && newDelimiter != ',',
                missingMarkers, charset);
    }

    /** This dialect with or without a header row. */
    public CsvDialect withHeader(boolean header) {
        return new CsvDialect(delimiter, header, quote, decimalComma, missingMarkers, charset);
    }

    /** This dialect with another quote character. */
    public CsvDialect withQuote(char newQuote) {
        return new CsvDialect(delimiter, hasHeader, newQuote, decimalComma, missingMarkers,
                charset);
    }

    /** This dialect with or without a decimal comma. */
    public CsvDialect withDecimalComma(boolean comma) {
        return new CsvDialect(delimiter, hasHeader, quote, comma, missingMarkers, charset);
    }

    /** This dialect with other missing markers. */
    public CsvDialect withMissingMarkers(Set<String> markers) {
        return new CsvDialect(delimiter, hasHeader, quote, decimalComma, markers, charset);
    }

    /**
     * Whether a cell (already stripped of surrounding spaces) means "no value": it is empty or
     * equals one of the missing markers, ignoring case.
     */
    public boolean isMissing(String cell) {
        return cell.isEmpty() || missingMarkers.contains(cell.toLowerCase(Locale.ROOT));
    }

    /** A short description for people, e.g. {@code delimiter ';', header, decimal comma}. */
    public String describe() {
        return "delimiter " + describe(delimiter)
                + ", " + (hasHeader ? "header row" : "no header row")
                + ", quote " + describe(quote)
                + ", decimal " + (decimalComma ? "comma" : "point")
                + ", " + charset.name();
    }

    /** A character as a person would name it: {@code tab}, {@code ';'}. */
    static String describe(char c) {
        switch (c) {
            case '\t':
                return "tab";
            case ' ':
                return "space";
            default:
                return "'" + c + "'";
        }
    }
}

package deepdesk.core.data;

import java.util.Optional;

/**
 * The one error the CSV importer and sniffer report for a file they cannot read as a table:
 * ragged rows, an unclosed quote, a binary or empty file, a header without rows, duplicate or
 * blank column names, a single column, or text that is not valid in the file's encoding. The
 * message names the line (and the column where there is one) and says what was expected, so it
 * can be shown to a person as it is.
 *
 * <p>Threading: immutable.
 */
public final class CsvFormatException extends Exception {

    private final long line;
    private final String column;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param line    the 1-based line of the file where the problem is
     * @param column  the column's name or 1-based position, or {@code null} when the problem is
     *                not about one column
     * @param problem what is wrong and what was expected, without the line prefix
     */
    public CsvFormatException(long line, String column, String problem) {
        super(format(line, column, problem), null, false, false);
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The 1-based line of the file where the problem is. */
    public long line() {
        return line;
    }

    /** The column's name or 1-based position, when the problem is about one column. */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** What is wrong and what was expected, without the line and column prefix. */
    public String problem() {
        return problem;
    }

    private static String format(long line, String column, String problem) {
        return column == null ? "line " + line + ": " + problem
                : "line " + line + ", column " + column + ": " + problem;
    }
}

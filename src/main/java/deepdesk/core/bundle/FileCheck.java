package deepdesk.core.bundle;


import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a file of new rows fits a model's input schema: which columns are missing or ignored,
 * which values have the wrong type or an unseen category, and which rows were skipped and why.
 *
 * <p>Threading: immutable.
 *
 * @param rowsRead             the data rows in the file
 * @param rowsPredicted        the rows that fit the schema and were predicted
 * @param missingColumns       the input columns the model reads that the file lacks
 * @param missingColumnsFilled whether those columns were filled in every row as missing values
 *                             are in training (true), or every row was skipped (false, when the
 *                             model was prepared by dropping rows with missing values)
 * @param ignoredColumns       the file's columns the model does not read (the target excepted)
 * @param hasTarget            whether the file holds the target column, so errors can be shown
 * @param issues               per column and kind of problem, how many rows have it, with
 *                             examples; in column order
 * @param skipped              every skipped row with the reasons, in file order
 */
public record FileCheck(int rowsRead, int rowsPredicted, List<String> missingColumns,
                        boolean missingColumnsFilled, List<String> ignoredColumns,
                        boolean hasTarget, List<ColumnIssue> issues, List<SkippedRow> skipped) {

    /** Copies the lists. */
    public FileCheck {
        missingColumns = List.copyOf(missingColumns);
        ignoredColumns = List.copyOf(ignoredColumns);
        issues = List.copyOf(issues);
        skipped = List.copyOf(skipped);
    }

    /** Whether the file fits the schema completely: nothing missing, nothing skipped. */
    public boolean isClean() {
        return missingColumns.isEmpty() && skipped.isEmpty();
    }

    /**
     * The report for a person: one line per finding, starting with the totals.
     */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%,d of %,d rows predicted; %,d skipped.",
                rowsPredicted, rowsRead, skipped.size()));
        if (!missingColumns.isEmpty()) {
            lines.add("Missing column" + (missingColumns.size() == 1 ? " " : "s ")
                    + quoted(missingColumns) + (missingColumnsFilled
                    ? ": filled in every row as a missing value is in training, so predictions"
                            + " lean on the training average."
                    : ": the model cannot fill missing values, so no row can be predicted."));
        }
        for (ColumnIssue issue : issues) {
            lines.add(issue.describe());
        }
        if (!ignoredColumns.isEmpty()) {
            lines.add("Not read by the model: " + quoted(ignoredColumns) + ".");
        }
        if (!hasTarget) {
            lines.add("The file has no target column, so no errors are shown.");
        }
        return lines;
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }

    /**
     * One kind of problem in one column.
     *
     * <p>Threading: immutable.
     *
     * @param column       the raw column
     * @param kind         the kind of problem
     * @param rows         how many rows have it
     * @param exampleLines the file lines of the first few such rows
     * @param example      the message of the first such row
     * @param values       for unseen categories, each category with the number of rows holding
     *                     it, most frequent first; empty otherwise
     */
    public record ColumnIssue(String column, InputProblem.Kind kind, int rows,
                              List<Long> exampleLines, String example, Map<String, Integer> values) {

        /** Copies. */
        public ColumnIssue {
            exampleLines = List.copyOf(exampleLines);
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The issue as one line for a person. */
        public String describe() {
            String lines = exampleLines.stream().map(String::valueOf)
                    .collect(Collectors.joining(", "));
            String where = String.format(Locale.ROOT, "%,d row%s (line%s %s%s)", rows,
                    rows == 1 ? "" : "s", exampleLines.size() == 1 ? "" : "s", lines,
                    rows > exampleLines.size() ? ", …" : "");
            return switch (kind) {
                case UNKNOWN_CATEGORY -> "Unseen categories in \"" + column + "\": "
                        + values.entrySet().stream()
                                .map(e -> "\"" + e.getKey() + "\" × " + e.getValue())
                                .collect(Collectors.joining(", ")) + " in " + where + ".";
                case WRONG_TYPE -> "Wrong type in \"" + column + "\": " + where + "; e.g. "
                        + example + ".";
                case MISSING_VALUE -> "Empty \"" + column + "\" in " + where
                        + ": the model needs a value.";
                default -> "\"" + column + "\": " + example + " in " + where + ".";
            };
        }
    }

    /**
     * A row that was not predicted.
     *
     * <p>Threading: immutable.
     *
     * @param line    the row's line in the file
     * @param reasons why, for a person to read
     */
    public record SkippedRow(long line, String reasons) {
    }
}

package deepdesk.core.bundle;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.Column;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.CsvFormatException;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.Dataset;
import deepdesk.core.prep.TaskKind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Predicts a CSV file of new rows with a model: reads it, checks it against the model's input
 * schema, predicts every row that fits and reports the rest. The target column is optional;
 * when present, each prediction is shown beside it with its error.
 *
 * <p>Threading: stateless; {@link #run} works on the calling (background) thread, reports
 * progress and stops between blocks of rows when cancelled.
 */
public final class FilePrediction {

    /** The number of example lines a column issue keeps. */
    public static final int EXAMPLE_LINES = 5;

    private static final int BLOCK = 4096;

    private FilePrediction() {
    }

    /**
     * Predicts the rows of {@code file}.
     *
     * @param predictor the model
     * @param file      the CSV file
     * @param dialect   how the file is written
     * @param listener  receives progress; cancelling stops the work between blocks of rows
     * @throws IOException        when the file cannot be read
     * @throws CsvFormatException when the file is not valid CSV; the message names the line
     * @throws deepdesk.core.common.CancelledException when the listener cancels
     */
    public static FilePredictionResult run(Predictor predictor, Path file, CsvDialect dialect,
                                           ProgressListener listener)
            throws IOException, CsvFormatException {
        Dataset data = new CsvImporter().read(file, dialect, new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
                listener.progress(fraction < 0 ? -1 : fraction / 2, message);
            }

            @Override
            public boolean isCancelled() {
                return listener.isCancelled();
            }
        });
        listener.checkCancelled();
        return predict(predictor, data, dialect, listener);
    }

    /**
     * Predicts the rows of a dataset read from a file written in {@code dialect}.
     *
     * @throws deepdesk.core.common.CancelledException when the listener cancels
     */
    public static FilePredictionResult predict(Predictor predictor, Dataset data,
                                               CsvDialect dialect, ProgressListener listener) {
        List<InputColumn> schema = predictor.schema().columns();
        String targetName = predictor.bundle().pipeline().target().column();
        boolean classification = predictor.task() == TaskKind.CLASSIFICATION;
        List<String> missing = new ArrayList<>();
        boolean fillable = true;
        List<Column> inputs = new ArrayList<>();
        for (InputColumn column : schema) {
            Optional<Column> found = data.column(column.name());
            if (found.isEmpty()) {
                missing.add(column.name());
                fillable &= column.missingAllowed();
            }
            inputs.add(found.orElse(null));
        }
        List<String> ignored = new ArrayList<>();
        for (Column column : data.columns()) {
            if (!column.name().equals(targetName) && !predictor.schema().names().contains(column.name())) {
                ignored.add(column.name());
            }
        }
        Column target = data.column(targetName).orElse(null);
        // decision: data lines are counted from the header, one line per record; a quoted
        // field holding line breaks shifts the later numbers
        long firstLine = dialect.hasHeader() ? 2 : 1;

        List<FilePredictionResult.Row> rows = new ArrayList<>();
        Map<String, IssueBuilder> issues = new LinkedHashMap<>();
        List<FileCheck.SkippedRow> skipped = new ArrayList<>();
        int total = data.rowCount();
        for (int from = 0; from < total; from += BLOCK) {
            listener.checkCancelled();
            int to = Math.min(total, from + BLOCK);
            List<Map<String, Object>> block = new ArrayList<>(to - from);
            for (int row = from; row < to; row++) {
                block.add(cells(schema, inputs, row, dialect, fillable));
            }
            PartialPrediction outcome = predictor.predictValid(block);
            Map<Integer, List<InputProblem>> byRow = new HashMap<>();
            for (InputProblem problem : outcome.problems()) {
                byRow.computeIfAbsent(problem.row(), r -> new ArrayList<>()).add(problem);
                if (!missing.contains(problem.column())) {
                    issues.computeIfAbsent(problem.column() + "\u0000" + problem.kind(),
                            k -> new IssueBuilder(problem.column(), problem.kind()))
                            .add(firstLine + from + problem.row(), problem);
                }
            }
            int[] predicted = outcome.predictedRows();
            int next = 0;
            for (int i = 0; i < to - from; i++) {
                int row = from + i;
                long line = firstLine + row;
                if (next < predicted.length && predicted[next] == i) {
                    rows.add(row(line, row, inputs, target, outcome.predictions().get(next),
                            classification));
                    next++;
                } else {
                    skipped.add(new FileCheck.SkippedRow(line, reasons(byRow.get(i))));
                }
            }
            listener.progress(0.5 + 0.5 * to / Math.max(1, total), "predicted " + to + " rows");
        }
        List<FileCheck.ColumnIssue> issueList = new ArrayList<>();
        for (InputColumn column : schema) {
            for (IssueBuilder builder : issues.values()) {
                if (builder.column.equals(column.name())) {
                    issueList.add(builder.build());
                }
            }
        }
        FileCheck check = new FileCheck(total, rows.size(), missing, missing.isEmpty() || fillable,
                ignored, target != null, issueList, skipped);
        return new FilePredictionResult(check, predictor.schema().names(), targetName,
                classification ? predictor.outputNames() : List.of(), rows);
    }

    /** The cells the model reads in one row, as text; missing cells are null. */
    private static Map<String, Object> cells(List<InputColumn> schema, List<Column> inputs, int row,
                                             CsvDialect dialect, boolean fillMissingColumns) {
        Map<String, Object> cells = new HashMap<>();
        for (int i = 0; i < schema.size(); i++) {
            InputColumn column = schema.get(i);
            Column values = inputs.get(i);
            if (values == null) {
                if (fillMissingColumns) {
                    cells.put(column.name(), null);
                }
                continue;
            }
            String text = values.isMissing(row) ? null : values.format(row);
            // a column read as text (because some cell is not a number) still holds numbers
            // written with the file's decimal comma
            if (text != null && dialect.decimalComma() && column.kind() == ValueKind.NUMBER
                    && text.indexOf(',') == text.lastIndexOf(',')) {
                text = text.replace(',', '.');
            }
            cells.put(column.name(), text);
        }
        return cells;
    }

    private static FilePredictionResult.Row row(long line, int row, List<Column> inputs,
                                                Column target, Prediction prediction,
                                                boolean classification) {
        List<String> values = new ArrayList<>(inputs.size());
        for (Column column : inputs) {
            values.add(column == null || column.isMissing(row) ? "" : column.format(row));
        }
        String actual = target == null || target.isMissing(row) ? "" : target.format(row);
        double error = Double.NaN;
        if (!classification && !actual.isEmpty()) {
            try {
                error = Double.parseDouble(actual) - prediction.values()[0];
            } catch (NumberFormatException e) {
                error = Double.NaN;
            }
        }
        return new FilePredictionResult.Row(line, values, actual, prediction, error);
    }

    private static String reasons(List<InputProblem> problems) {
        if (problems == null || problems.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (InputProblem problem : problems) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append('"').append(problem.column()).append("\": ").append(problem.message());
        }
        return out.toString();
    }

    /** Gathers the rows of one column issue. */
    private static final class IssueBuilder {
        private final String column;
        private final InputProblem.Kind kind;
        private final List<Long> lines = new ArrayList<>();
        private final Map<String, Integer> values = new HashMap<>();
        private String example;
        private int rows;

        IssueBuilder(String column, InputProblem.Kind kind) {
            this.column = column;
            this.kind = kind;
        }

        void add(long line, InputProblem problem) {
            rows++;
            if (lines.size() < EXAMPLE_LINES) {
                lines.add(line);
            }
            if (example == null) {
                example = problem.message();
            }
            if (kind == InputProblem.Kind.UNKNOWN_CATEGORY) {
                values.merge(problem.value(), 1, Integer::sum);
            }
        }

        FileCheck.ColumnIssue build() {
            Map<String, Integer> sorted = new LinkedHashMap<>();
            values.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            return new FileCheck.ColumnIssue(column, kind, rows, lines, example, sorted);
        }
    }
}

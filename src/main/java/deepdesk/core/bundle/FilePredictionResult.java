package deepdesk.core.bundle;

import deepdesk.core.common.AtomicFile;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The predictions of a file of new rows, with the report of how the file fits the model.
 *
 * <p>Threading: immutable.
 *
 * @param check      how the file fits the schema, and which rows were skipped
 * @param inputNames the raw input columns, in schema order
 * @param targetName the target column's name
 * @param classNames for classification the class of each probability; empty for regression
 * @param rows       one row per predicted row, in file order
 */
public record FilePredictionResult(FileCheck check, List<String> inputNames, String targetName,
                                   List<String> classNames, List<Row> rows) {

    /** Copies the lists. */
    public FilePredictionResult {
        inputNames = List.copyOf(inputNames);
        classNames = List.copyOf(classNames);
        rows = List.copyOf(rows);
    }

    /** Whether the model classifies. */
    public boolean isClassification() {
        return !classNames.isEmpty();
    }

    /**
     * Writes the predictions as CSV, atomically (a temporary file renamed into place): the line,
     * the inputs, the target when the file has it, the prediction, and the error (regression)
     * or one probability per class (classification).
     */
    public void writeCsv(Path file) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("line");
        header.addAll(inputNames);
        if (check.hasTarget()) {
            header.add(targetName);
        }
        header.add("predicted " + targetName);
        if (isClassification()) {
            for (String c : classNames) {
                header.add("P(" + c + ")");
            }
        } else if (check.hasTarget()) {
            header.add("error");
        }
        AtomicFile.write(file, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            printer.printRecord(header);
            for (Row row : rows) {
                List<String> cells = new ArrayList<>();
                cells.add(Long.toString(row.line()));
                cells.addAll(row.inputs());
                if (check.hasTarget()) {
                    cells.add(row.actual());
                }
                cells.add(row.predicted());
                if (isClassification()) {
                    for (double p : row.prediction().probabilities()) {
                        cells.add(number(p));
                    }
                } else if (check.hasTarget()) {
                    cells.add(Double.isNaN(row.error()) ? "" : number(row.error()));
                }
                printer.printRecord(cells);
            }
            printer.flush();
        });
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }

    /**
     * One predicted row.
     *
     * <p>Threading: immutable.
     *
     * @param line       the row's line in the file
     * @param inputs     the raw input values as text, in schema order; empty when missing
     * @param actual     the target as text; empty when the file has none for this row
     * @param prediction what the model predicts
     * @param error      for regression with a target, actual minus predicted; NaN otherwise
     */
    public record Row(long line, List<String> inputs, String actual, Prediction prediction,
                      double error) {

        /** Copies. */
        public Row {
            inputs = List.copyOf(inputs);
        }

        /** The prediction as text: the class, or the (first) predicted value. */
        public String predicted() {
            return prediction.isClassification() ? prediction.label()
                    : String.format(Locale.ROOT, "%.6g", prediction.values()[0]);
        }

        /** For classification with a target, whether the predicted class is the true one. */
        public boolean correct() {
            return prediction.isClassification() && prediction.label().equals(actual);
        }
    }
}

package deepdesk.core.cli;

import deepdesk.core.bundle.BundleException;
import deepdesk.core.bundle.InputProblem;
import deepdesk.core.bundle.InvalidInputException;
import deepdesk.core.bundle.ModelBundle;
import deepdesk.core.bundle.Prediction;
import deepdesk.core.bundle.Predictor;
import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.Column;
import deepdesk.core.data.CsvFormatException;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the model commands read: a bundle, and a CSV file as raw rows keyed by column name, with
 * failures turned into one message for the user.
 *
 * <p>Threading: stateless.
 */
final class ModelInputs {

    private static final int LISTED = 10;
    private static final int BLOCK = 4096;

    private ModelInputs() {
    }

    /** Reads and verifies a bundle. */
    static ModelBundle bundle(Path file) throws UserInputException {
        try {
            return ModelBundle.read(file);
        } catch (BundleException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /** Reads a CSV file with the sniffed dialect, telling {@code listener} how far it got. */
    static Dataset csv(Path file, ProgressListener listener) throws UserInputException {
        try {
            return new CsvImporter().read(file, CsvSniffer.sniff(file), listener);
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + ": no such file");
        } catch (CsvFormatException e) {
            throw new UserInputException(file.getFileName() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Predicts rows in blocks, telling {@code listener} how far it got; a problem names its row
     * in the whole file.
     */
    static List<Prediction> predict(Predictor predictor, List<Map<String, Object>> rows,
                                    ProgressListener listener) throws InvalidInputException {
        List<Prediction> out = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += BLOCK) {
            int to = Math.min(rows.size(), from + BLOCK);
            try {
                out.addAll(predictor.predict(rows.subList(from, to)));
            } catch (InvalidInputException e) {
                int offset = from;
                throw new InvalidInputException(e.problems().stream()
                        .map(p -> p.atRow(p.row() + offset)).toList());
            }
            listener.progress(to / (double) rows.size(), "predicted " + to + " rows");
        }
        return out;
    }

    /** Every row of a dataset as cell text keyed by column name; missing cells are null. */
    static List<Map<String, Object>> rows(Dataset dataset) {
        List<Map<String, Object>> out = new ArrayList<>(dataset.rowCount());
        for (int row = 0; row < dataset.rowCount(); row++) {
            Map<String, Object> cells = new HashMap<>();
            for (Column column : dataset.columns()) {
                cells.put(column.name(), column.isMissing(row) ? null : column.format(row));
            }
            out.add(cells);
        }
        return out;
    }

    /**
     * The problems of rows read from a file, one per line, naming the data row (1 is the first
     * row after the header) and the column.
     */
    static UserInputException rejected(Path file, InvalidInputException e) {
        List<InputProblem> problems = e.problems();
        String lines = problems.stream().limit(LISTED)
                .map(p -> "  row " + (p.row() + 1) + ", column " + p.column() + ": " + p.message())
                .collect(Collectors.joining("\n"));
        String more = problems.size() > LISTED
                ? "\n  and " + (problems.size() - LISTED) + " more" : "";
        return new UserInputException(file.getFileName() + " does not fit the model:\n" + lines
                + more);
    }
}

package deepdesk.core.bundle;

import deepdesk.core.data.Column;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import deepdesk.core.prep.FittedPipeline;
import deepdesk.core.prep.InputEncoding;
import deepdesk.core.prep.InputKind;
import deepdesk.core.prep.MissingValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The raw columns a model reads, in order: the order of the array form of an input.
 *
 * <p>Threading: immutable.
 *
 * @param columns the columns, in the pipeline's input order
 */
public record InputSchema(List<InputColumn> columns) {

    /** Copies. */
    public InputSchema {
        columns = List.copyOf(columns);
    }

    /**
     * The schema of a pipeline, with the numeric ranges seen in the training rows of a dataset.
     *
     * @param pipeline  the fitted pipeline
     * @param dataset   the data it was fitted on; may be null, which leaves the ranges unknown
     * @param trainRows the training rows of {@code dataset}
     */
    public static InputSchema of(FittedPipeline pipeline, Dataset dataset, int[] trainRows) {
        boolean missingAllowed = pipeline.missingValues() != MissingValues.DROP_ROWS;
        List<InputColumn> columns = new ArrayList<>();
        for (InputEncoding input : pipeline.inputs()) {
            if (input.kind() == InputKind.CATEGORICAL) {
                columns.add(new InputColumn(input.column(), ValueKind.CATEGORY,
                        input.categories(), Double.NaN, Double.NaN, missingAllowed));
                continue;
            }
            double min = Double.NaN;
            double max = Double.NaN;
            Optional<Column> column = dataset == null ? Optional.empty()
                    : dataset.column(input.column());
            if (column.isPresent() && column.get() instanceof NumericColumn numbers) {
                min = Double.POSITIVE_INFINITY;
                max = Double.NEGATIVE_INFINITY;
                for (int row : trainRows) {
                    double v = numbers.value(row);
                    if (!Double.isNaN(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
                if (min > max) {
                    min = Double.NaN;
                    max = Double.NaN;
                }
            }
            columns.add(new InputColumn(input.column(), ValueKind.NUMBER, List.of(), min, max,
                    missingAllowed));
        }
        return new InputSchema(columns);
    }

    /** The column names, in order. */
    public List<String> names() {
        return columns.stream().map(InputColumn::name).toList();
    }

    /** The number of columns. */
    public int size() {
        return columns.size();
    }
}

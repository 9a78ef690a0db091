package deepdesk.core.prep;

import deepdesk.core.data.CategoricalColumn;
import deepdesk.core.data.Column;
import deepdesk.core.data.Dataset;

import java.util.Arrays;
import java.util.List;

/**
 * Applies a {@link FittedPipeline} to rows of a dataset column by column, which reads the
 * compact column arrays in order and is several times faster than going row by row. Its
 * results equal {@link RawRowEncoder}'s, which serves prediction inputs.
 *
 * <p>Threading: confined to one thread.
 */
final class DatasetEncoder {

    private final FittedPipeline pipeline;
    private final List<InputEncoding> inputs;
    private final Column[] columns;
    private final ColumnReader[] readers;
    private final int[] rows;
    private final boolean dropMissing;

    DatasetEncoder(FittedPipeline pipeline, Dataset dataset, int[] rows) {
        this.pipeline = pipeline;
        this.inputs = pipeline.inputs();
        this.columns = new Column[inputs.size()];
        this.readers = new ColumnReader[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            String name = inputs.get(i).column();
            columns[i] = dataset.column(name).orElseThrow(() -> new PreparationException(
                    "the data has no column " + name + ", which the model needs"));
            readers[i] = new ColumnReader(columns[i]);
        }
        this.rows = rows;
        this.dropMissing = pipeline.missingValues() == MissingValues.DROP_ROWS;
    }

    /** The scaled features, row-major. */
    float[] encode() {
        int width = pipeline.width();
        int n = rows.length;
        double[] offsets = pipeline.offsets();
        double[] divisors = pipeline.divisors();
        float[] out = new float[n * width];
        List<DerivedFeature> derived = pipeline.derived();
        boolean[] derivedFrom = new boolean[width];
        for (DerivedFeature d : derived) {
            derivedFrom[d.first()] = true;
            derivedFrom[d.second()] = true;
        }
        double[][] kept = new double[width][];
        int position = 0;
        for (int i = 0; i < inputs.size(); i++) {
            InputEncoding input = inputs.get(i);
            if (input.kind() == InputKind.NUMERIC) {
                double[] values = numbers(i);
                double offset = offsets[position];
                double divisor = divisors[position];
                for (int r = 0; r < n; r++) {
                    out[r * width + position] = (float) ((values[r] - offset) / divisor);
                }
                if (derivedFrom[position]) {
                    kept[position] = values;
                }
            } else {
                int[] codes = categories(i);
                int size = input.width();
                for (int r = 0; r < n; r++) {
                    int base = r * width + position;
                    for (int c = 0; c < size; c++) {
                        double hot = codes[r] == c ? 1 : 0;
                        out[base + c] = (float) ((hot - offsets[position + c])
                                / divisors[position + c]);
                    }
                }
            }
            position += input.width();
        }
        for (DerivedFeature d : derived) {
            double[] a = kept[d.first()];
            double[] b = kept[d.second()];
            double offset = offsets[position];
            double divisor = divisors[position];
            for (int r = 0; r < n; r++) {
                out[r * width + position] = (float) ((d.compute(a[r], b[r]) - offset) / divisor);
            }
            position++;
        }
        return out;
    }

    /**
     * The unscaled values of every continuous feature, one array per feature, {@code null} for
     * one-hot features: what the scaling is fitted on.
     */
    double[][] unscaledFeatures() {
        int n = rows.length;
        double[][] features = new double[pipeline.width()][];
        int position = 0;
        for (int i = 0; i < inputs.size(); i++) {
            InputEncoding input = inputs.get(i);
            if (input.kind() == InputKind.NUMERIC) {
                features[position] = numbers(i);
            }
            position += input.width();
        }
        for (DerivedFeature d : pipeline.derived()) {
            double[] a = features[d.first()];
            double[] b = features[d.second()];
            double[] values = new double[n];
            for (int r = 0; r < n; r++) {
                values[r] = d.compute(a[r], b[r]);
            }
            features[position++] = values;
        }
        return features;
    }

    /** The imputed values of numeric input {@code i} for every row. */
    private double[] numbers(int i) {
        InputEncoding input = inputs.get(i);
        ColumnReader reader = readers[i];
        double[] values = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            double v = reader.number(rows[r]);
            if (Double.isNaN(v)) {
                requireFillable(input, rows[r]);
                v = input.fill();
            }
            values[r] = v;
        }
        return values;
    }

    /** The category index of categorical input {@code i} for every row, -1 for none. */
    private int[] categories(int i) {
        InputEncoding input = inputs.get(i);
        CategoryIndex index = new CategoryIndex(input.categories());
        int[] codes = new int[rows.length];
        if (columns[i] instanceof CategoricalColumn categorical) {
            List<String> levels = categorical.levels();
            int[] levelToCategory = new int[levels.size()];
            Arrays.fill(levelToCategory, -1);
            for (int level = 0; level < levels.size(); level++) {
                levelToCategory[level] = index.of(levels.get(level));
            }
            for (int r = 0; r < rows.length; r++) {
                int level = categorical.code(rows[r]);
                if (level == CategoricalColumn.MISSING) {
                    requireFillable(input, rows[r]);
                    codes[r] = input.fillCategory();
                } else {
                    codes[r] = levelToCategory[level];
                }
            }
        } else {
            for (int r = 0; r < rows.length; r++) {
                String text = readers[i].text(rows[r]);
                if (text == null) {
                    requireFillable(input, rows[r]);
                    codes[r] = input.fillCategory();
                } else {
                    codes[r] = index.of(text);
                }
            }
        }
        return codes;
    }

    private void requireFillable(InputEncoding input, int row) {
        if (dropMissing) {
            throw new PreparationException("row " + (row + 1) + ": " + input.column()
                    + " is missing, and the model was prepared by dropping rows with missing"
                    + " values");
        }
    }
}

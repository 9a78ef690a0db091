package deepdesk.core.prep;

import deepdesk.core.data.CategoricalColumn;
import deepdesk.core.data.Column;
import deepdesk.core.data.ColumnType;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fits a {@link FittedPipeline} on the training rows of a dataset. Only the rows it is given
 * are read: that is what keeps validation and test statistics out of the pipeline.
 *
 * <p>Threading: stateless; call from any one thread per fit.
 */
final class PipelineFitter {

    /** Spreads smaller than this are treated as zero: the feature is constant. */
    private static final double TINY_SPREAD = 1e-12;

    private PipelineFitter() {
    }

    static FittedPipeline fit(Dataset dataset, List<String> inputColumns, TargetEncoding target,
                              PreparationSettings settings, int[] trainRows) {
        List<InputEncoding> inputs = new ArrayList<>();
        for (String name : inputColumns) {
            Column column = dataset.column(name).orElseThrow(
                    () -> new PreparationException("the data has no column " + name));
            inputs.add(readsAsNumber(column)
                    ? fitNumeric(new ColumnReader(column), settings, trainRows)
                    : fitCategorical(column, settings, trainRows));
        }
        FittedPipeline unscaled = PipelineStatistics.unscaled(inputs, target, settings);
        return fitScaling(unscaled, dataset, settings.scaling(), trainRows);
    }

    /**
     * Whether a column becomes one numeric feature rather than a block of one-hot features:
     * numbers stay numbers unless the user made the column categorical.
     */
    static boolean readsAsNumber(Column column) {
        return column instanceof NumericColumn && column.type() != ColumnType.CATEGORICAL;
    }

    private static InputEncoding fitNumeric(ColumnReader reader, PreparationSettings settings,
                                            int[] rows) {
        double[] present = new double[rows.length];
        int n = 0;
        for (int row : rows) {
            double v = reader.number(row);
            if (!Double.isNaN(v)) {
                present[n++] = v;
            }
        }
        double[] values = Arrays.copyOf(present, n);
        double fill = switch (settings.missingValues()) {
            case MEDIAN -> median(values);
            case MOST_FREQUENT -> mostFrequent(values);
            case MEAN, DROP_ROWS, CONSTANT -> PipelineStatistics.numericFill(settings,
                    mean(values), Double.NaN, Double.NaN);
        };
        return new InputEncoding(reader.name(), InputKind.NUMERIC, fill, List.of(), -1);
    }

    private static InputEncoding fitCategorical(Column column, PreparationSettings settings,
                                                int[] rows) {
        ColumnReader reader = new ColumnReader(column);
        Map<String, Long> counts = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int row : rows) {
            String text = reader.text(row);
            if (text != null) {
                counts.merge(text, 1L, Long::sum);
                seen.add(text);
            }
        }
        List<String> categories;
        if (column instanceof CategoricalColumn categorical) {
            categories = categorical.levels().stream().filter(counts::containsKey).toList();
        } else {
            categories = new ArrayList<>(seen);
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        categories.forEach(c -> ordered.put(c, counts.get(c)));
        return PipelineStatistics.categoricalInput(column.name(), ordered, settings);
    }

    /** The pipeline with its scaling fitted on the training rows only. */
    private static FittedPipeline fitScaling(FittedPipeline unscaled, Dataset dataset,
                                             Scaling scaling, int[] rows) {
        int width = unscaled.width();
        double[] means = new double[width];
        double[] deviations = new double[width];
        double[] minimums = new double[width];
        double[] maximums = new double[width];
        if (scaling == Scaling.NONE || rows.length == 0) {
            // all zero: every divisor falls back to 1 and every offset is 0
            return PipelineStatistics.scaled(unscaled, scaling, means, deviations, minimums,
                    maximums);
        }
        double[][] features = new DatasetEncoder(unscaled, dataset, rows).unscaledFeatures();
        boolean[] continuous = unscaled.continuousFeatures();
        for (int j = 0; j < width; j++) {
            if (!continuous[j]) {
                continue;
            }
            double[] values = features[j];
            double mean = mean(values);
            double squares = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                squares += (v - mean) * (v - mean);
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            means[j] = mean;
            deviations[j] = Math.sqrt(squares / values.length);
            minimums[j] = min;
            maximums[j] = max;
        }
        return PipelineStatistics.scaled(unscaled, scaling, means, deviations, minimums, maximums);
    }

    private static double mean(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The most frequent value; the smallest of those tied. */
    private static double mostFrequent(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double best = sorted[0];
        int bestCount = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = sorted[i];
            }
            i = j;
        }
        return best;
    }
}

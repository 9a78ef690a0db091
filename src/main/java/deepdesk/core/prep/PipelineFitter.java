package deepdesk.core.prep;

import deepdesk.core.data.CategoricalColumn;
import deepdesk.core.data.Column;
import deepdesk.core.data.ColumnType;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
        List<String> names = new ArrayList<>();
        List<Integer> numericPositions = new ArrayList<>();
        for (String name : inputColumns) {
            Column column = dataset.column(name).orElseThrow(
                    () -> new PreparationException("the data has no column " + name));
            InputEncoding input = readsAsNumber(column)
                    ? fitNumeric(new ColumnReader(column), settings, trainRows)
                    : fitCategorical(column, settings, trainRows);
            if (input.kind() == InputKind.NUMERIC) {
                numericPositions.add(names.size());
                names.add(name);
            } else {
                for (String category : input.categories()) {
                    names.add(name + "=" + category);
                }
            }
            inputs.add(input);
        }
        List<DerivedFeature> derived = derive(names, numericPositions, settings);
        derived.forEach(d -> names.add(d.name()));

        int width = names.size();
        double[] zeros = new double[width];
        double[] ones = new double[width];
        Arrays.fill(ones, 1);
        FittedPipeline unscaled = new FittedPipeline(inputs, derived, settings.missingValues(),
                Scaling.NONE, zeros, ones, names, target);
        double[][] scale = fitScaling(unscaled, dataset, settings.scaling(), trainRows);
        return new FittedPipeline(inputs, derived, settings.missingValues(), settings.scaling(),
                scale[0], scale[1], names, target);
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
            case CONSTANT -> settings.missingConstant();
            case MEDIAN -> median(values);
            case MOST_FREQUENT -> mostFrequent(values);
            case MEAN, DROP_ROWS -> mean(values);
        };
        return new InputEncoding(reader.name(), InputKind.NUMERIC, fill, List.of(), -1);
    }

    private static InputEncoding fitCategorical(Column column, PreparationSettings settings,
                                                int[] rows) {
        ColumnReader reader = new ColumnReader(column);
        Map<String, Integer> counts = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int row : rows) {
            String text = reader.text(row);
            if (text != null) {
                counts.merge(text, 1, Integer::sum);
                seen.add(text);
            }
        }
        List<String> categories;
        if (column instanceof CategoricalColumn categorical) {
            categories = categorical.levels().stream().filter(counts::containsKey).toList();
        } else {
            categories = new ArrayList<>(seen);
        }
        categories = CategoryOrder.order(categories);
        int fillCategory = -1;
        boolean imputes = switch (settings.missingValues()) {
            case MEAN, MEDIAN, MOST_FREQUENT -> true;
            case CONSTANT, DROP_ROWS -> false;
        };
        if (imputes) {
            int best = 0;
            for (int c = 0; c < categories.size(); c++) {
                int count = counts.get(categories.get(c));
                if (count > best) {
                    best = count;
                    fillCategory = c;
                }
            }
        }
        return new InputEncoding(column.name(), InputKind.CATEGORICAL, 0, categories,
                fillCategory);
    }

    private static List<DerivedFeature> derive(List<String> names, List<Integer> numeric,
                                               PreparationSettings settings) {
        List<DerivedFeature> derived = new ArrayList<>();
        if (settings.squares()) {
            for (int p : numeric) {
                derived.add(new DerivedFeature(names.get(p) + "^2", DerivedKind.SQUARE, p, p));
            }
        }
        if (settings.products()) {
            for (int a = 0; a < numeric.size(); a++) {
                for (int b = a + 1; b < numeric.size(); b++) {
                    int p = numeric.get(a);
                    int q = numeric.get(b);
                    derived.add(new DerivedFeature(names.get(p) + "*" + names.get(q),
                            DerivedKind.PRODUCT, p, q));
                }
            }
        }
        if (settings.sines()) {
            for (int p : numeric) {
                derived.add(new DerivedFeature("sin(" + names.get(p) + ")", DerivedKind.SINE,
                        p, p));
            }
        }
        return derived;
    }

    /** Per feature the offset (row 0) and divisor (row 1), from the training rows only. */
    private static double[][] fitScaling(FittedPipeline unscaled, Dataset dataset,
                                         Scaling scaling, int[] rows) {
        int width = unscaled.width();
        double[] offsets = new double[width];
        double[] divisors = new double[width];
        Arrays.fill(divisors, 1);
        if (scaling == Scaling.NONE || rows.length == 0) {
            return new double[][] {offsets, divisors};
        }
        double[][] features = new DatasetEncoder(unscaled, dataset, rows).unscaledFeatures();
        boolean[] continuous = unscaled.continuousFeatures();
        for (int j = 0; j < width; j++) {
            if (!continuous[j]) {
                continue;
            }
            double[] values = features[j];
            if (scaling == Scaling.Z_SCORE) {
                double mean = mean(values);
                double squares = 0;
                for (double v : values) {
                    squares += (v - mean) * (v - mean);
                }
                double std = Math.sqrt(squares / values.length);
                offsets[j] = mean;
                divisors[j] = std > TINY_SPREAD ? std : 1;
            } else {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (double v : values) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                offsets[j] = min;
                divisors[j] = max - min > TINY_SPREAD ? max - min : 1;
            }
        }
        return new double[][] {offsets, divisors};
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

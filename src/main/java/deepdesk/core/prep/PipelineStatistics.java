package deepdesk.core.prep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link FittedPipeline} from statistics of the training rows, however they were
 * computed: by {@link PipelineFitter} over a dataset in memory, or by aggregations where the data
 * lives (a cluster). Both fits go through these methods, so they name, order, impute, derive and
 * scale features the same way.
 *
 * <p>A fit has two stages: {@link #unscaled} from per-column statistics (fill values, category
 * counts), then {@link #scaled} from the moments of the unscaled continuous features that the
 * first stage defines.
 *
 * <p>Threading: stateless; safe from any thread.
 */
public final class PipelineStatistics {

    /** Spreads smaller than this are treated as zero: the feature is constant. */
    private static final double TINY_SPREAD = 1e-12;

    private PipelineStatistics() {
    }

    /**
     * The value that fills a numeric input's missing cells.
     *
     * @param mean         the training mean of the present values (0 when there are none)
     * @param median       their median
     * @param mostFrequent their most frequent value (the smallest of those tied)
     */
    public static double numericFill(PreparationSettings settings, double mean, double median,
                                     double mostFrequent) {
        return switch (settings.missingValues()) {
            case CONSTANT -> settings.missingConstant();
            case MEDIAN -> median;
            case MOST_FREQUENT -> mostFrequent;
            case MEAN, DROP_ROWS -> mean;
        };
    }

    /**
     * A categorical input from the counts of its categories in the training rows.
     *
     * @param counts each category seen and how often, in the order categories should keep when
     *               they are not all numbers (numbers are ordered by value)
     */
    public static InputEncoding categoricalInput(String column, Map<String, Long> counts,
                                                 PreparationSettings settings) {
        List<String> categories = CategoryOrder.order(new ArrayList<>(counts.keySet()));
        int fillCategory = -1;
        boolean imputes = switch (settings.missingValues()) {
            case MEAN, MEDIAN, MOST_FREQUENT -> true;
            case CONSTANT, DROP_ROWS -> false;
        };
        if (imputes) {
            long best = 0;
            for (int c = 0; c < categories.size(); c++) {
                long count = counts.get(categories.get(c));
                if (count > best) {
                    best = count;
                    fillCategory = c;
                }
            }
        }
        return new InputEncoding(column, InputKind.CATEGORICAL, 0, categories, fillCategory);
    }

    /**
     * How a classification target is read, from the distinct values of the target column.
     *
     * @throws PreparationException when there are fewer than two classes
     */
    public static TargetEncoding classification(String column, Collection<String> classes) {
        List<String> ordered = CategoryOrder.order(new ArrayList<>(classes));
        if (ordered.size() < 2) {
            throw new PreparationException("the target " + column + " has "
                    + (ordered.isEmpty() ? "no values" : "only one class (" + ordered.get(0)
                    + ")") + ": there is nothing to classify");
        }
        return new TargetEncoding(column, TaskKind.CLASSIFICATION, ordered);
    }

    /**
     * The pipeline of these inputs with its derived features and no scaling yet: what the
     * scaling statistics are computed on.
     *
     * @param inputs the fitted inputs, in column order
     */
    public static FittedPipeline unscaled(List<InputEncoding> inputs, TargetEncoding target,
                                          PreparationSettings settings) {
        List<String> names = new ArrayList<>();
        List<Integer> numericPositions = new ArrayList<>();
        for (InputEncoding input : inputs) {
            if (input.kind() == InputKind.NUMERIC) {
                numericPositions.add(names.size());
                names.add(input.column());
            } else {
                for (String category : input.categories()) {
                    names.add(input.column() + "=" + category);
                }
            }
        }
        List<DerivedFeature> derived = derive(names, numericPositions, settings);
        derived.forEach(d -> names.add(d.name()));
        int width = names.size();
        double[] ones = new double[width];
        Arrays.fill(ones, 1);
        return new FittedPipeline(inputs, derived, settings.missingValues(), Scaling.NONE,
                new double[width], ones, names, target);
    }

    /**
     * The pipeline with the scaling of {@code scaling}, from per-feature statistics of the
     * unscaled training features (entries of one-hot features are ignored).
     *
     * @param means      per feature, the mean
     * @param deviations per feature, the population standard deviation
     * @param minimums   per feature, the smallest value
     * @param maximums   per feature, the largest value
     */
    public static FittedPipeline scaled(FittedPipeline unscaled, Scaling scaling, double[] means,
                                        double[] deviations, double[] minimums,
                                        double[] maximums) {
        int width = unscaled.width();
        double[] offsets = new double[width];
        double[] divisors = new double[width];
        Arrays.fill(divisors, 1);
        boolean[] continuous = unscaled.continuousFeatures();
        for (int j = 0; j < width && scaling != Scaling.NONE; j++) {
            if (!continuous[j]) {
                continue;
            }
            if (scaling == Scaling.Z_SCORE) {
                offsets[j] = means[j];
                divisors[j] = deviations[j] > TINY_SPREAD ? deviations[j] : 1;
            } else {
                double range = maximums[j] - minimums[j];
                offsets[j] = minimums[j];
                divisors[j] = range > TINY_SPREAD ? range : 1;
            }
        }
        return new FittedPipeline(unscaled.inputs(), unscaled.derived(), unscaled.missingValues(),
                scaling, offsets, divisors, unscaled.featureNames(), unscaled.target());
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
}

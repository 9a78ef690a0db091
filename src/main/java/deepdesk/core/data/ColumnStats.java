package deepdesk.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Summary statistics of one column, as the Dataset screen and {@code inspect} show them. For a
 * categorical (string) column the numeric figures are {@code NaN}; for every column the distinct
 * count and the most frequent values are given.
 *
 * <p>Threading: immutable. {@link #of} walks the whole column: call it off the FX thread.
 *
 * @param count     cells that hold a value
 * @param missing   missing cells
 * @param mean      the arithmetic mean, or {@code NaN}
 * @param std       the sample standard deviation (divided by count - 1), or {@code NaN}
 * @param min       the smallest value, or {@code NaN}
 * @param q1        the first quartile (linear interpolation between values), or {@code NaN}
 * @param median    the median, or {@code NaN}
 * @param q3        the third quartile, or {@code NaN}
 * @param max       the largest value, or {@code NaN}
 * @param distinct  the number of different values
 * @param topValues the most frequent values, most frequent first (ties in order of value)
 */
public record ColumnStats(int count, int missing, double mean, double std, double min,
                          double q1, double median, double q3, double max, int distinct,
                          List<ValueCount> topValues) {

    /** How many of the most frequent values {@link #of(Column)} lists. */
    public static final int TOP = 5;

    /**
     * One value and how often it occurs.
     *
     * @param value the value as a person reads it
     * @param count the number of cells holding it
     */
    public record ValueCount(String value, int count) {
    }

    /** Copies the list. */
    public ColumnStats {
        topValues = List.copyOf(topValues);
    }

    /** Computes the statistics of {@code column}. */
    public static ColumnStats of(Column column) {
        if (column instanceof NumericColumn numbers) {
            return ofNumbers(numbers);
        }
        return ofCategories((CategoricalColumn) column);
    }

    private static ColumnStats ofNumbers(NumericColumn column) {
        double[] sorted = new double[column.size() - column.missingCount()];
        int n = 0;
        for (int i = 0; i < column.size(); i++) {
            double v = column.value(i);
            if (!Double.isNaN(v)) {
                sorted[n++] = v;
            }
        }
        Arrays.sort(sorted);
        double mean = Double.NaN;
        double std = Double.NaN;
        if (n > 0) {
            double sum = 0;
            for (double v : sorted) {
                sum += v;
            }
            mean = sum / n;
            if (n > 1) {
                double squares = 0;
                for (double v : sorted) {
                    squares += (v - mean) * (v - mean);
                }
                std = Math.sqrt(squares / (n - 1));
            }
        }
        List<ValueCount> runs = new ArrayList<>();
        int distinct = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && sorted[j] == sorted[i]) {
                j++;
            }
            distinct++;
            runs.add(new ValueCount(NumberText.format(sorted[i]), j - i));
            i = j;
        }
        return new ColumnStats(n, column.missingCount(), mean, std,
                n > 0 ? sorted[0] : Double.NaN, quantile(sorted, 0.25), quantile(sorted, 0.5),
                quantile(sorted, 0.75), n > 0 ? sorted[n - 1] : Double.NaN, distinct, top(runs));
    }

    private static ColumnStats ofCategories(CategoricalColumn column) {
        int[] counts = new int[column.levels().size()];
        for (int i = 0; i < column.size(); i++) {
            int code = column.code(i);
            if (code != CategoricalColumn.MISSING) {
                counts[code]++;
            }
        }
        List<ValueCount> values = new ArrayList<>();
        int distinct = 0;
        for (int level = 0; level < counts.length; level++) {
            if (counts[level] > 0) {
                distinct++;
                values.add(new ValueCount(column.levels().get(level), counts[level]));
            }
        }
        return new ColumnStats(column.size() - column.missingCount(), column.missingCount(),
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, distinct, top(values));
    }

    /** Keeps the {@link #TOP} largest counts; the sort is stable, so ties keep their order. */
    private static List<ValueCount> top(List<ValueCount> values) {
        List<ValueCount> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingInt(ValueCount::count).reversed());
        return sorted.subList(0, Math.min(TOP, sorted.size()));
    }

    /** The q-quantile of sorted values with linear interpolation, as pandas computes it. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}

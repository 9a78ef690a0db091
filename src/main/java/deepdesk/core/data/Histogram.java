package deepdesk.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The distribution of one column, ready to draw: equal-width bins for numbers, one bar per level
 * for categories. Missing cells are counted apart.
 *
 * <p>Threading: immutable. {@link #of} walks the whole column: call it off the FX thread.
 *
 * @param numeric whether the bars are numeric bins (with bounds) or category levels
 * @param bars    the bars from left to right
 * @param missing the number of missing cells, drawn in no bar
 */
public record Histogram(boolean numeric, List<Bar> bars, int missing) {

    /** The most bins {@link #of(Column)} chooses by itself. */
    public static final int MAX_BINS = 50;

    /**
     * One bar.
     *
     * @param label a person's name for the bar: the level, or the bin's range
     * @param lower the lower bound of a numeric bin (inclusive), {@code NaN} for a level
     * @param upper the upper bound of a numeric bin (exclusive, the last one inclusive), {@code
     *              NaN} for a level
     * @param count the number of cells in the bar
     */
    public record Bar(String label, double lower, double upper, int count) {
    }

    /** Copies the list. */
    public Histogram {
        bars = List.copyOf(bars);
    }

    /**
     * The histogram of {@code column} with a bin count chosen by Sturges' rule (at most {@link
     * #MAX_BINS}) for numbers.
     */
    public static Histogram of(Column column) {
        int present = column.size() - column.missingCount();
        int bins = (int) Math.ceil(Math.log(Math.max(1, present)) / Math.log(2)) + 1;
        return of(column, Math.min(MAX_BINS, bins));
    }

    /**
     * The histogram of {@code column}.
     *
     * @param bins the number of equal-width bins for a numeric column (at least 1); ignored for
     *             categories
     */
    public static Histogram of(Column column, int bins) {
        if (column instanceof CategoricalColumn categories) {
            return ofCategories(categories);
        }
        return ofNumbers((NumericColumn) column, Math.max(1, bins));
    }

    private static Histogram ofCategories(CategoricalColumn column) {
        int[] counts = new int[column.levels().size()];
        for (int i = 0; i < column.size(); i++) {
            int code = column.code(i);
            if (code != CategoricalColumn.MISSING) {
                counts[code]++;
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (int level = 0; level < counts.length; level++) {
            bars.add(new Bar(column.levels().get(level), Double.NaN, Double.NaN, counts[level]));
        }
        return new Histogram(false, bars, column.missingCount());
    }

    private static Histogram ofNumbers(NumericColumn column, int bins) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < column.size(); i++) {
            double v = column.value(i);
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            return new Histogram(true, List.of(), column.missingCount());
        }
        if (min == max) {
            bins = 1;
        }
        double width = (max - min) / bins;
        int[] counts = new int[bins];
        for (int i = 0; i < column.size(); i++) {
            double v = column.value(i);
            if (!Double.isNaN(v)) {
                int bin = width == 0 ? 0 : (int) ((v - min) / width);
                counts[Math.min(bins - 1, Math.max(0, bin))]++;
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            double lower = min + b * width;
            double upper = b == bins - 1 ? max : min + (b + 1) * width;
            bars.add(new Bar(NumberText.format(round(lower)) + " to "
                    + NumberText.format(round(upper)), lower, upper, counts[b]));
        }
        return new Histogram(true, bars, column.missingCount());
    }

    /** Rounds to four significant digits, for labels only. */
    private static double round(double v) {
        if (v == 0 || Double.isInfinite(v)) {
            return v;
        }
        double scale = Math.pow(10, 3 - Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }
}

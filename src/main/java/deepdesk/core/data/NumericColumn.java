package deepdesk.core.data;

/**
 * A column of numbers held in one {@code double[]}; a missing cell is {@code NaN}.
 *
 * <p>Threading: immutable; the array is never handed out.
 */
public final class NumericColumn extends Column {

    private final double[] values;
    private final int missing;

    /**
     * Creates a column that takes ownership of {@code values}.
     *
     * @param type {@link ColumnType#NUMERIC} or {@link ColumnType#CONSTANT}; {@link
     *             ColumnType#IDENTIFIER} or {@link ColumnType#TEXT} as a role hint for numbers
     *             that should not be a model input (a row number, for example)
     */
    public NumericColumn(String name, ColumnType type, double[] values) {
        super(name, type);
        this.values = values;
        int count = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                count++;
            }
        }
        this.missing = count;
    }

    /** The value at {@code row}, {@code NaN} when missing. */
    public double value(int row) {
        return values[row];
    }

    /** A copy of all values. */
    public double[] toArray() {
        return values.clone();
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    @Override
    public int missingCount() {
        return missing;
    }

    /** A number as a numeric column shows it (and as classes and categories name it). */
    public static String formatValue(double value) {
        return NumberText.format(value);
    }

    @Override
    public String format(int row) {
        return NumberText.format(values[row]);
    }
}

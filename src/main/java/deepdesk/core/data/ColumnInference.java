package deepdesk.core.data;

import java.util.List;

/**
 * Decides a column's {@link ColumnType} from its values, the way a person scanning the column
 * would: numbers are numeric, unless they are a few small whole numbers that label groups
 * (cylinders, a class digit) or count up by one (a row number); strings are categorical when
 * few distinct values repeat, an identifier when almost every value is different and has no
 * spaces, and text otherwise; a single repeated value is constant.
 *
 * <p>Threading: stateless; safe from any thread.
 */
public final class ColumnInference {

    // decision: up to 10 distinct whole numbers can be classes (the ten digits, the cylinders of
    // a car); with more, or when one value covers 80% of the rows (the edge pixels of a digit
    // image, a rare event count), the column is a measurement and stays numeric.
    private static final int MAX_INTEGER_LEVELS = 10;
    private static final double MAX_DOMINANT_SHARE = 0.8;
    private static final int MAX_CATEGORICAL_LEVELS = 50;
    private static final double MIN_IDENTIFIER_SHARE = 0.9;
    private static final int MIN_ROWS_FOR_ROW_NUMBER = 20;

    private ColumnInference() {
    }

    /**
     * Builds the column for numbers read from a file.
     *
     * @param values one value per row, {@code NaN} for missing; owned by the returned column
     *               when it is numeric
     */
    public static Column ofNumbers(String name, double[] values) {
        int present = 0;
        boolean whole = true;
        boolean countsUp = values.length >= MIN_ROWS_FOR_ROW_NUMBER;
        double[] levels = new double[MAX_INTEGER_LEVELS + 1];
        int[] levelCounts = new int[MAX_INTEGER_LEVELS + 1];
        int levelCount = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                countsUp = false;
                continue;
            }
            present++;
            if (countsUp && i > 0 && v != values[i - 1] + 1) {
                countsUp = false;
            }
            if (whole && v != Math.rint(v)) {
                whole = false;
            }
            if (levelCount <= MAX_INTEGER_LEVELS) {
                int at = indexOf(levels, levelCount, v);
                if (at < 0) {
                    if (levelCount < levels.length) {
                        levels[levelCount] = v;
                        levelCounts[levelCount] = 1;
                    }
                    levelCount++;
                } else {
                    levelCounts[at]++;
                }
            }
        }
        if (present == 0 || levelCount == 1) {
            return new NumericColumn(name, ColumnType.CONSTANT, values);
        }
        if (countsUp) {
            return new NumericColumn(name, ColumnType.IDENTIFIER, values);
        }
        if (whole && levelCount <= MAX_INTEGER_LEVELS
                && max(levelCounts, levelCount) < MAX_DOMINANT_SHARE * present) {
            return ColumnConversion.numbersToCategories(name, ColumnType.CATEGORICAL, values);
        }
        return new NumericColumn(name, ColumnType.NUMERIC, values);
    }

    /**
     * Builds the column for strings read from a file.
     *
     * @param codes  per row, an index into {@code levels} or {@link CategoricalColumn#MISSING};
     *               owned by the returned column
     * @param levels the distinct values in order of first appearance
     */
    public static Column ofStrings(String name, int[] codes, List<String> levels) {
        return new CategoricalColumn(name, typeOfStrings(codes, levels), codes, levels);
    }

    private static ColumnType typeOfStrings(int[] codes, List<String> levels) {
        int present = 0;
        for (int c : codes) {
            if (c != CategoricalColumn.MISSING) {
                present++;
            }
        }
        int distinct = levels.size();
        if (distinct <= 1) {
            return ColumnType.CONSTANT;
        }
        if (distinct <= MAX_CATEGORICAL_LEVELS && distinct * 2 <= present) {
            return ColumnType.CATEGORICAL;
        }
        if (distinct >= MIN_IDENTIFIER_SHARE * present && levels.stream().noneMatch(
                l -> l.chars().anyMatch(Character::isWhitespace))) {
            return ColumnType.IDENTIFIER;
        }
        return ColumnType.TEXT;
    }

    private static int indexOf(double[] values, int count, double v) {
        for (int i = 0; i < Math.min(count, values.length); i++) {
            if (values[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static int max(int[] counts, int count) {
        int m = 0;
        for (int i = 0; i < Math.min(count, counts.length); i++) {
            m = Math.max(m, counts[i]);
        }
        return m;
    }
}

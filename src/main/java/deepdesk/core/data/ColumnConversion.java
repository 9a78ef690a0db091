package deepdesk.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes a column's type when the user overrides what the importer inferred. Numbers become
 * categories by their written form ({@code 4} becomes the level "4"); categories become numbers
 * when their labels are numbers, and a label that is not a number becomes a missing cell (so the
 * caller can tell the user how many by comparing {@link Column#missingCount()}). {@link
 * ColumnType#TEXT}, {@link ColumnType#IDENTIFIER} and {@link ColumnType#CONSTANT} are role hints:
 * the values stay as they are stored.
 *
 * <p>Threading: stateless; safe from any thread. The given column is not changed.
 */
public final class ColumnConversion {

    private ColumnConversion() {
    }

    /**
     * Returns a new column holding {@code column}'s values as {@code type}.
     *
     * @return a new column; {@code column} itself is never changed
     */
    public static Column convert(Column column, ColumnType type) {
        if (column instanceof NumericColumn numbers) {
            if (type == ColumnType.CATEGORICAL) {
                return numbersToCategories(column.name(), type, numbers.toArray());
            }
            return new NumericColumn(column.name(), type, numbers.toArray());
        }
        CategoricalColumn categories = (CategoricalColumn) column;
        if (type == ColumnType.NUMERIC) {
            return categoriesToNumbers(categories);
        }
        int[] codes = new int[categories.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = categories.code(i);
        }
        return new CategoricalColumn(column.name(), type, codes, categories.levels());
    }

    /** Encodes numbers as levels named by their written form, in order of first appearance. */
    static CategoricalColumn numbersToCategories(String name, ColumnType type, double[] values) {
        Map<Double, Integer> index = new HashMap<>();
        List<String> levels = new ArrayList<>();
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                codes[i] = CategoricalColumn.MISSING;
                continue;
            }
            // -0.0 and 0.0 are written the same way, so they are one level
            Double key = v == 0 ? 0.0 : v;
            Integer code = index.get(key);
            if (code == null) {
                code = levels.size();
                index.put(key, code);
                levels.add(NumberText.format(v));
            }
            codes[i] = code;
        }
        return new CategoricalColumn(name, type, codes, levels);
    }

    private static NumericColumn categoriesToNumbers(CategoricalColumn column) {
        double[] levelValues = new double[column.levels().size()];
        for (int i = 0; i < levelValues.length; i++) {
            levelValues[i] = NumberText.parse(column.levels().get(i).trim(), true);
        }
        double[] values = new double[column.size()];
        for (int i = 0; i < values.length; i++) {
            int code = column.code(i);
            values[i] = code == CategoricalColumn.MISSING ? Double.NaN : levelValues[code];
        }
        return new NumericColumn(column.name(), ColumnType.NUMERIC, values);
    }
}

package deepdesk.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one column's cells while a file is read: as numbers while every cell is a number or
 * missing, as dictionary codes from the first cell that is not.
 *
 * <p>Threading: one thread at a time.
 */
final class ColumnBuilder {

    private final String name;
    private final boolean decimalComma;
    private double[] numbers = new double[64];
    private int[] codes;
    private Map<String, Integer> index;
    private List<String> levels;
    private int size;

    ColumnBuilder(String name, boolean decimalComma) {
        this.name = name;
        this.decimalComma = decimalComma;
    }

    /** Adds a missing cell. */
    void addMissing() {
        if (codes == null) {
            ensureNumbers();
            numbers[size++] = Double.NaN;
        } else {
            ensureCodes();
            codes[size++] = CategoricalColumn.MISSING;
        }
    }

    /** Adds a present cell, already stripped of surrounding spaces. */
    void add(String cell) {
        if (codes == null) {
            double v = NumberText.parse(cell, decimalComma);
            if (!Double.isNaN(v)) {
                ensureNumbers();
                numbers[size++] = v;
                return;
            }
            switchToStrings();
        }
        ensureCodes();
        Integer code = index.get(cell);
        if (code == null) {
            code = levels.size();
            index.put(cell, code);
            levels.add(cell);
        }
        codes[size++] = code;
    }

    /** The finished column with its inferred type. */
    Column build() {
        if (codes == null) {
            return ColumnInference.ofNumbers(name, Arrays.copyOf(numbers, size));
        }
        return ColumnInference.ofStrings(name, Arrays.copyOf(codes, size), levels);
    }

    // decision: cells read as numbers before the first text cell are kept in their written
    // number form ("1.50" becomes "1.5"); reading the file twice to keep the exact text would
    // double the import time for the common all-numeric file.
    private void switchToStrings() {
        CategoricalColumn seen = ColumnConversion.numbersToCategories(name,
                ColumnType.CATEGORICAL, Arrays.copyOf(numbers, size));
        codes = new int[Math.max(numbers.length, 16)];
        for (int i = 0; i < size; i++) {
            codes[i] = seen.code(i);
        }
        levels = new ArrayList<>(seen.levels());
        index = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            index.put(levels.get(i), i);
        }
        numbers = null;
    }

    private void ensureNumbers() {
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, grow(size));
        }
    }

    private void ensureCodes() {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, grow(size));
        }
    }

    private static int grow(int size) {
        return size + (size >> 1) + 16;
    }
}

package deepdesk.core.prep;

import deepdesk.core.data.CategoricalColumn;
import deepdesk.core.data.Column;
import deepdesk.core.data.NumericColumn;

import java.util.List;

/**
 * Reads one column's cells as numbers or as category text, whichever way it is stored, so that
 * a pipeline fitted on one file applies to another whose importer chose a different storage.
 *
 * <p>Threading: immutable; safe from any thread.
 */
final class ColumnReader {

    private final Column column;
    private final double[] levelNumbers;

    ColumnReader(Column column) {
        this.column = column;
        if (column instanceof CategoricalColumn categorical) {
            List<String> levels = categorical.levels();
            levelNumbers = new double[levels.size()];
            for (int i = 0; i < levels.size(); i++) {
                levelNumbers[i] = NumberText.parseOrNaN(levels.get(i));
            }
        } else {
            levelNumbers = null;
        }
    }

    String name() {
        return column.name();
    }

    boolean isMissing(int row) {
        return column.isMissing(row);
    }

    /**
     * The cell as a number, NaN when missing.
     *
     * @throws PreparationException when a category does not read as a number
     */
    double number(int row) {
        if (column instanceof NumericColumn numeric) {
            return numeric.value(row);
        }
        CategoricalColumn categorical = (CategoricalColumn) column;
        int code = categorical.code(row);
        if (code == CategoricalColumn.MISSING) {
            return Double.NaN;
        }
        double v = levelNumbers[code];
        if (Double.isNaN(v)) {
            throw new PreparationException("column " + column.name() + ", row " + (row + 1)
                    + ": expected a number, found \"" + categorical.levels().get(code) + "\"");
        }
        return v;
    }

    /** The cell as category text, {@code null} when missing. */
    String text(int row) {
        if (column.isMissing(row)) {
            return null;
        }
        return column.format(row);
    }
}

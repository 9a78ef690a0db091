package deepdesk.core.prep;

import deepdesk.core.data.CategoricalColumn;
import deepdesk.core.data.Column;
import deepdesk.core.data.ColumnType;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small datasets for tests; {@code null} or NaN is a missing cell. */
final class TestColumns {

    private TestColumns() {
    }

    static NumericColumn numeric(String name, double... values) {
        return new NumericColumn(name, ColumnType.NUMERIC, values);
    }

    static CategoricalColumn categorical(String name, String... values) {
        return categorical(name, ColumnType.CATEGORICAL, values);
    }

    static CategoricalColumn categorical(String name, ColumnType type, String... values) {
        Map<String, Integer> codes = new LinkedHashMap<>();
        int[] cells = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] == null ? CategoricalColumn.MISSING
                    : codes.computeIfAbsent(values[i], k -> codes.size());
        }
        return new CategoricalColumn(name, type, cells, new ArrayList<>(codes.keySet()));
    }

    static Dataset dataset(Column... columns) {
        return new Dataset("test", List.of(columns));
    }
}

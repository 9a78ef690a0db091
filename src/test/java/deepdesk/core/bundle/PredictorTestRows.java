package deepdesk.core.bundle;

import deepdesk.core.data.Column;
import deepdesk.core.data.Dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw prediction inputs taken from dataset rows, as a client would send them.
 *
 * <p>Threading: stateless.
 */
public final class PredictorTestRows {

    private PredictorTestRows() {
    }

    /** The raw cells of some dataset rows keyed by column name; missing cells are null. */
    public static List<Map<String, Object>> rawRows(Dataset dataset, int[] rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int row : rows) {
            Map<String, Object> cells = new HashMap<>();
            for (Column column : dataset.columns()) {
                cells.put(column.name(), column.isMissing(row) ? null : column.format(row));
            }
            out.add(cells);
        }
        return out;
    }
}

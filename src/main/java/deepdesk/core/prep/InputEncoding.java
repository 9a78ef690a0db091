package deepdesk.core.prep;

import java.util.List;
import java.util.Objects;

/**
 * How one input column becomes features, as fitted on the training split.
 *
 * <p>Threading: immutable.
 *
 * @param column       the column's name in the raw data
 * @param kind         numeric (one feature) or categorical (one feature per category)
 * @param fill         for a numeric column, the value that replaces a missing cell (unused
 *                     when rows with missing inputs are dropped); 0 for a categorical column
 * @param categories   for a categorical column, the categories seen in the training split, in
 *                     feature order; empty for a numeric column
 * @param fillCategory for a categorical column, the index of the category that replaces a
 *                     missing cell, or -1 for none (all zeros); -1 for a numeric column
 */
public record InputEncoding(String column, InputKind kind, double fill, List<String> categories,
                            int fillCategory) {

    /** Checks and copies. */
    public InputEncoding {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
        categories = List.copyOf(categories);
        if (fillCategory < -1 || fillCategory >= categories.size()) {
            throw new IllegalArgumentException("fill category out of range for " + column);
        }
    }

    /** How many features this column becomes. */
    public int width() {
        return kind == InputKind.NUMERIC ? 1 : categories.size();
    }
}

package deepdesk.core.bundle;

import java.util.List;
import java.util.Objects;

/**
 * One raw column a model reads, as it was seen in training.
 *
 * <p>Threading: immutable.
 *
 * @param name           the column's name in the raw data
 * @param kind           a number or a category
 * @param categories     for a category, the categories seen in training; empty for a number
 * @param min            for a number, the smallest value seen in the training rows; NaN when
 *                       unknown or for a category
 * @param max            for a number, the largest value seen in the training rows; NaN when
 *                       unknown or for a category
 * @param missingAllowed whether an empty value is filled in (true) or rejected (false, when the
 *                       model was prepared by dropping rows with missing values)
 */
public record InputColumn(String name, ValueKind kind, List<String> categories, double min,
                          double max, boolean missingAllowed) {

    /** Checks and copies. */
    public InputColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        categories = List.copyOf(categories);
    }
}

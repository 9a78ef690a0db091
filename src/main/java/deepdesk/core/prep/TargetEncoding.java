package deepdesk.core.prep;

import java.util.List;
import java.util.Objects;

/**
 * How the target column becomes labels or numbers.
 *
 * <p>Threading: immutable.
 *
 * @param column     the target column's name
 * @param task       classification or regression
 * @param classNames for classification, the class of each index (a label {@code i} means
 *                   {@code classNames.get(i)}); empty for regression, whose targets are the raw
 *                   numbers, unscaled
 */
public record TargetEncoding(String column, TaskKind task, List<String> classNames) {

    /** Checks and copies. */
    public TargetEncoding {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(task, "task");
        classNames = List.copyOf(classNames);
        if (task == TaskKind.CLASSIFICATION && classNames.size() < 2) {
            throw new IllegalArgumentException("classification needs at least two classes");
        }
    }

    /** The number of classes, 0 for regression. */
    public int classCount() {
        return task == TaskKind.CLASSIFICATION ? classNames.size() : 0;
    }
}

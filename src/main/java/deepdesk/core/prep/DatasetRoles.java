package deepdesk.core.prep;

import deepdesk.core.data.CategoricalColumn;
import deepdesk.core.data.Column;
import deepdesk.core.data.ColumnType;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What each column of a dataset is for: the target, the inputs and the ignored columns, and the
 * kind of task the target implies.
 *
 * <p>Threading: immutable.
 *
 * @param target the name of the column the model predicts
 * @param roles  the role of every column, in the dataset's column order; exactly one is
 *               {@link ColumnRole#TARGET}, the {@code target}
 * @param task   regression or classification; suggested from the target column, overridable
 */
public record DatasetRoles(String target, Map<String, ColumnRole> roles, TaskKind task) {

    // decision: names people give the column to predict; checked in this order, before falling
    // back to the last usable column.
    private static final List<String> TARGET_NAMES = List.of("target", "label", "class", "y",
            "outcome", "species", "diagnosis", "response", "result", "survived", "churn");
    private static final List<String> TARGET_SUFFIXES = List.of("_target", "_label", "_class");

    /** Largest number of distinct integers for which a numeric target means classes. */
    static final int MAX_INTEGER_CLASSES = 20;
    /** Largest absolute value of an integer class code ("small integers"). */
    static final double MAX_INTEGER_CLASS_CODE = 100;

    /**
     * Checks and copies the roles.
     *
     * @throws IllegalArgumentException when {@code target} is not the one column with the
     *                                  target role
     */
    public DatasetRoles {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(task, "task");
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        if (roles.get(target) != ColumnRole.TARGET) {
            throw new IllegalArgumentException("column " + target + " must have the target role");
        }
        long targets = roles.values().stream().filter(r -> r == ColumnRole.TARGET).count();
        if (targets != 1) {
            throw new IllegalArgumentException("exactly one column must be the target, found "
                    + targets);
        }
    }

    /**
     * Suggests roles for a user's file: the target is a column named like one (target, label,
     * class, y, outcome, species, diagnosis, ...), else the last numeric or categorical column;
     * text, identifier and constant columns are ignored, the rest are inputs.
     */
    public static DatasetRoles suggest(Dataset dataset) {
        return suggest(dataset, null);
    }

    /**
     * Suggests roles with a known target (for example a sample's), falling back to
     * {@link #suggest(Dataset)} when {@code preferredTarget} is {@code null} or not a column.
     */
    public static DatasetRoles suggest(Dataset dataset, String preferredTarget) {
        Column target = preferredTarget == null ? null
                : dataset.column(preferredTarget).orElse(null);
        if (target == null) {
            target = suggestTarget(dataset);
        }
        return rolesWithTarget(dataset, target);
    }

    /**
     * These roles with another target: the new target's task is suggested again, and the old
     * target goes back to its default role.
     *
     * @throws IllegalArgumentException when the dataset has no such column
     */
    public DatasetRoles withTarget(Dataset dataset, String column) {
        Column newTarget = dataset.column(column).orElseThrow(
                () -> new IllegalArgumentException("no column named " + column));
        Map<String, ColumnRole> copy = new LinkedHashMap<>(roles);
        Column oldTarget = dataset.column(target).orElse(null);
        copy.put(target, oldTarget == null ? ColumnRole.IGNORE : defaultRole(oldTarget));
        copy.put(column, ColumnRole.TARGET);
        return new DatasetRoles(column, copy, suggestTask(newTarget));
    }

    /**
     * These roles with one column's role changed between input and ignore.
     *
     * @throws IllegalArgumentException when asked to make a column the target (use
     *                                  {@link #withTarget}) or to change the target's role
     */
    public DatasetRoles withRole(String column, ColumnRole role) {
        if (role == ColumnRole.TARGET || column.equals(target)) {
            throw new IllegalArgumentException("choose the target with withTarget");
        }
        if (!roles.containsKey(column)) {
            throw new IllegalArgumentException("no column named " + column);
        }
        Map<String, ColumnRole> copy = new LinkedHashMap<>(roles);
        copy.put(column, role);
        return new DatasetRoles(target, copy, task);
    }

    /** These roles with the task overridden. */
    public DatasetRoles withTask(TaskKind newTask) {
        return new DatasetRoles(target, roles, newTask);
    }

    /** The role of {@code column}; {@link ColumnRole#IGNORE} for a column not listed. */
    public ColumnRole role(String column) {
        return roles.getOrDefault(column, ColumnRole.IGNORE);
    }

    /** The input columns, in column order. */
    public List<String> inputs() {
        List<String> inputs = new ArrayList<>();
        roles.forEach((name, role) -> {
            if (role == ColumnRole.INPUT) {
                inputs.add(name);
            }
        });
        return inputs;
    }

    /**
     * The role a column gets unless the user says otherwise: input, or ignore for text,
     * identifier and constant columns.
     */
    public static ColumnRole defaultRole(Column column) {
        return switch (column.type()) {
            case NUMERIC, CATEGORICAL -> ColumnRole.INPUT;
            case TEXT, IDENTIFIER, CONSTANT -> ColumnRole.IGNORE;
        };
    }

    /**
     * The task a target column suggests: classification for a categorical (or text) column and
     * for a numeric column holding a few distinct small integers (such as digits 0 to 9),
     * regression otherwise.
     */
    public static TaskKind suggestTask(Column column) {
        if (column instanceof CategoricalColumn) {
            return TaskKind.CLASSIFICATION;
        }
        return holdsFewSmallIntegers((NumericColumn) column)
                ? TaskKind.CLASSIFICATION : TaskKind.REGRESSION;
    }

    private static DatasetRoles rolesWithTarget(Dataset dataset, Column target) {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        for (Column c : dataset.columns()) {
            roles.put(c.name(), c == target ? ColumnRole.TARGET : defaultRole(c));
        }
        return new DatasetRoles(target.name(), roles, suggestTask(target));
    }

    private static Column suggestTarget(Dataset dataset) {
        for (String name : TARGET_NAMES) {
            for (Column c : dataset.columns()) {
                if (isUsableTarget(c) && c.name().trim().toLowerCase(Locale.ROOT).equals(name)) {
                    return c;
                }
            }
        }
        for (Column c : dataset.columns()) {
            String lower = c.name().trim().toLowerCase(Locale.ROOT);
            if (isUsableTarget(c) && TARGET_SUFFIXES.stream().anyMatch(lower::endsWith)) {
                return c;
            }
        }
        for (int i = dataset.columnCount() - 1; i >= 0; i--) {
            if (isUsableTarget(dataset.column(i))) {
                return dataset.column(i);
            }
        }
        return dataset.column(dataset.columnCount() - 1);
    }

    private static boolean isUsableTarget(Column column) {
        return (column.type() == ColumnType.NUMERIC || column.type() == ColumnType.CATEGORICAL)
                && column.missingCount() < column.size();
    }

    private static boolean holdsFewSmallIntegers(NumericColumn column) {
        Set<Double> distinct = new HashSet<>();
        int present = 0;
        for (int row = 0; row < column.size(); row++) {
            double v = column.value(row);
            if (Double.isNaN(v)) {
                continue;
            }
            if (v != Math.rint(v) || Math.abs(v) > MAX_INTEGER_CLASS_CODE) {
                return false;
            }
            present++;
            if (distinct.add(v) && distinct.size() > MAX_INTEGER_CLASSES) {
                return false;
            }
        }
        // decision: each class must repeat on average, so a short column of distinct integers
        // (an index, a count) stays a regression target.
        return distinct.size() >= 2 && distinct.size() * 2 <= present;
    }
}

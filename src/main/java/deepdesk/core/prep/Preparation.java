package deepdesk.core.prep;

import deepdesk.core.data.CategoricalColumn;
import deepdesk.core.data.Column;
import deepdesk.core.data.Dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prepares a dataset for training: drops rows whose target is missing (and, if asked, rows with
 * missing inputs), splits the rest into training, validation and test (seeded; stratified for
 * classification), fits the pipeline on the training rows only and applies it to every split.
 *
 * <p>Threading: stateless; runs on the calling thread (a background thread for big data).
 */
public final class Preparation {

    private Preparation() {
    }

    /**
     * Prepares {@code dataset} as the roles and settings say.
     *
     * @throws PreparationException when a named column is absent, there is no input, the target
     *                              cannot be read for its task, or no rows are left to train on
     */
    public static PreparedData prepare(Dataset dataset, DatasetRoles roles,
                                       PreparationSettings settings) {
        Column targetColumn = targetColumn(dataset, roles);
        List<String> inputs = orderedInputs(dataset, roles);
        List<ColumnReader> inputReaders = new ArrayList<>();
        for (String name : inputs) {
            inputReaders.add(new ColumnReader(dataset.column(name).orElseThrow(
                    () -> new PreparationException("the data has no column " + name))));
        }
        TargetEncoding target = targetEncoding(targetColumn, roles.task());
        ColumnReader targetReader = new ColumnReader(targetColumn);

        int[] kept = new int[dataset.rowCount()];
        int keptCount = 0;
        int missingTarget = 0;
        int missingInputs = 0;
        boolean dropMissingInputs = settings.missingValues() == MissingValues.DROP_ROWS;
        for (int row = 0; row < dataset.rowCount(); row++) {
            boolean targetMissing = roles.task() == TaskKind.REGRESSION
                    ? Double.isNaN(targetReader.number(row)) : targetReader.isMissing(row);
            if (targetMissing) {
                missingTarget++;
            } else if (dropMissingInputs && anyMissing(inputReaders, row)) {
                missingInputs++;
            } else {
                kept[keptCount++] = row;
            }
        }
        int[] rows = Arrays.copyOf(kept, keptCount);
        int[] classes = null;
        if (target.task() == TaskKind.CLASSIFICATION && settings.stratify()) {
            classes = classIndices(targetReader, target, rows);
        }
        RowSplit split = RowSplit.of(rows, classes, settings);
        if (split.train().length == 0) {
            throw new PreparationException("no rows are left for training: " + missingTarget
                    + " dropped for a missing target, " + missingInputs
                    + " for missing inputs, of " + dataset.rowCount());
        }
        return fitAndApply(dataset, inputs, target, settings, split, missingTarget,
                missingInputs);
    }

    /**
     * Prepares {@code dataset} on a split the caller chose (the folds of a cross-validation):
     * the pipeline is fitted on {@code split}'s training rows only and applied to all three.
     * The rows given must have a target; the split percentages and seed of {@code settings} are
     * not used.
     *
     * @throws PreparationException when a named column is absent, there is no input, or the
     *                              target cannot be read for its task
     */
    public static PreparedData prepare(Dataset dataset, DatasetRoles roles,
                                       PreparationSettings settings, RowSplit split) {
        Column targetColumn = targetColumn(dataset, roles);
        List<String> inputs = orderedInputs(dataset, roles);
        if (split.train().length == 0) {
            throw new PreparationException("no rows are left for training");
        }
        return fitAndApply(dataset, inputs, targetEncoding(targetColumn, roles.task()), settings,
                split, 0, 0);
    }

    private static Column targetColumn(Dataset dataset, DatasetRoles roles) {
        return dataset.column(roles.target()).orElseThrow(
                () -> new PreparationException("the data has no column " + roles.target()));
    }

    /** The input columns in the file's order; there must be at least one. */
    private static List<String> orderedInputs(Dataset dataset, DatasetRoles roles) {
        // decision: features follow the file's column order whatever order the roles were
        // given in, so the same data always gives the same feature layout.
        List<String> inputs = new ArrayList<>(roles.inputs());
        inputs.sort(Comparator.comparingInt(dataset::indexOf));
        if (inputs.isEmpty()) {
            throw new PreparationException("choose at least one input column");
        }
        return inputs;
    }

    private static PreparedData fitAndApply(Dataset dataset, List<String> inputs,
                                            TargetEncoding target, PreparationSettings settings,
                                            RowSplit split, int missingTarget, int missingInputs) {
        FittedPipeline pipeline = PipelineFitter.fit(dataset, inputs, target, settings,
                split.train());
        return new PreparedData(pipeline.toSplit(dataset, split.train()),
                pipeline.toSplit(dataset, split.validation()),
                pipeline.toSplit(dataset, split.test()), pipeline, split, missingTarget,
                missingInputs);
    }

    /**
     * How a target column is read for a task: for classification its classes, every distinct
     * value of the column (numerically ordered when they are numbers).
     */
    static TargetEncoding targetEncoding(Column column, TaskKind task) {
        if (task == TaskKind.REGRESSION) {
            return new TargetEncoding(column.name(), task, List.of());
        }
        // decision: classes come from the whole column, not the training split: a class seen
        // only in validation or test must still have a label index. This reads no statistic
        // that could shape the features.
        List<String> classes;
        if (column instanceof CategoricalColumn categorical) {
            Set<Integer> used = new LinkedHashSet<>();
            for (int row = 0; row < categorical.size(); row++) {
                used.add(categorical.code(row));
            }
            classes = new ArrayList<>();
            for (int code = 0; code < categorical.levels().size(); code++) {
                if (used.contains(code)) {
                    classes.add(categorical.levels().get(code));
                }
            }
        } else {
            Set<String> distinct = new LinkedHashSet<>();
            for (int row = 0; row < column.size(); row++) {
                if (!column.isMissing(row)) {
                    distinct.add(column.format(row));
                }
            }
            classes = new ArrayList<>(distinct);
        }
        classes = CategoryOrder.order(classes);
        if (classes.size() < 2) {
            throw new PreparationException("the target " + column.name() + " has "
                    + (classes.isEmpty() ? "no values" : "only one class (" + classes.get(0)
                    + ")") + ": there is nothing to classify");
        }
        return new TargetEncoding(column.name(), task, classes);
    }

    private static boolean anyMissing(List<ColumnReader> readers, int row) {
        for (ColumnReader reader : readers) {
            if (reader.isMissing(row)) {
                return true;
            }
        }
        return false;
    }

    private static int[] classIndices(ColumnReader reader, TargetEncoding target, int[] rows) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < target.classNames().size(); c++) {
            index.put(target.classNames().get(c), c);
        }
        int[] classes = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            classes[i] = index.get(reader.text(rows[i]));
        }
        return classes;
    }
}

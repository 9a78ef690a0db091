package deepdesk.core.evaluation;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.Dataset;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.Preparation;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.prep.PreparedSplit;
import deepdesk.core.prep.RowSplit;
import deepdesk.core.prep.TaskKind;
import deepdesk.core.training.Trainer;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * k-fold cross-validation of a configuration: the usable rows (those preparation keeps) are
 * dealt into k folds; each fold in turn is held out while a fresh network with the given spec and
 * training settings learns from the other k-1 folds, with the preparation fitted on those rows
 * only, and is then judged on the held-out fold. Every usable row is held out exactly once.
 *
 * <p>Threading: stateless; {@link #run} works on the calling thread (a background thread) and
 * stops between batches when the listener is cancelled.
 */
public final class CrossValidation {

    /** The number of folds used unless the user picks another. */
    public static final int DEFAULT_FOLDS = 5;

    private CrossValidation() {
    }

    /**
     * Cross-validates a configuration.
     *
     * @param dataset  the data
     * @param roles    the target, the inputs and the task
     * @param settings the preparation; its seed also deals the folds, and its training and
     *                 validation shares decide how much of the k-1 folds early stopping watches
     * @param config   the network and training settings each fold trains with
     * @param folds    k, at least 2
     * @param listener receives progress and is asked between batches whether to stop
     * @throws IllegalArgumentException when {@code folds} is below 2 or above the number of rows
     * @throws deepdesk.core.common.CancelledException when the listener cancels
     */
    public static CrossValidationResult run(Dataset dataset, DatasetRoles roles,
                                            PreparationSettings settings, TrainingConfig config,
                                            int folds, ProgressListener listener) {
        PreparedData whole = Preparation.prepare(dataset, roles, settings);
        int[] rows = usableRows(whole);
        if (folds < 2 || folds > rows.length) {
            throw new IllegalArgumentException("the number of folds must be between 2 and "
                    + rows.length + ", not " + folds);
        }
        int[][] heldOut = deal(rows, whole.task() == TaskKind.CLASSIFICATION
                ? classesOf(whole, rows) : null, folds, settings.seed());
        List<Evaluation> evaluations = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            listener.checkCancelled();
            int fold = f;
            listener.progress(f / (double) folds, "fold " + (f + 1) + " of " + folds);
            RowSplit split = foldSplit(heldOut, f, settings);
            PreparedData data = Preparation.prepare(dataset, roles, settings, split);
            ModelSpec spec = fitted(config.model(), data.train());
            Trainer trainer = new Trainer(config.withModel(spec),
                    new TrainingData(data.train(), data.validation()));
            trainer.run(epoch -> listener.progress((fold + epoch.epoch()
                    / (double) config.maxEpochs()) / folds, "fold " + (fold + 1) + " of " + folds),
                    listener::isCancelled);
            listener.checkCancelled();
            evaluations.add(Evaluator.evaluate(spec, trainer.bestWeights(), data.test(),
                    data.classNames()));
        }
        listener.progress(1, "done");
        return new CrossValidationResult(evaluations, Arrays.asList(heldOut));
    }

    /** Every row preparation kept, in ascending order, so folds depend on the seed only. */
    private static int[] usableRows(PreparedData data) {
        int[] train = data.rows().train();
        int[] validation = data.rows().validation();
        int[] test = data.rows().test();
        int[] all = new int[train.length + validation.length + test.length];
        System.arraycopy(train, 0, all, 0, train.length);
        System.arraycopy(validation, 0, all, train.length, validation.length);
        System.arraycopy(test, 0, all, train.length + validation.length, test.length);
        Arrays.sort(all);
        return all;
    }

    /** The class index of each of {@code rows}, read from the prepared splits. */
    private static int[] classesOf(PreparedData data, int[] rows) {
        int max = Arrays.stream(rows).max().orElse(0);
        int[] byRow = new int[max + 1];
        copyLabels(data.rows().train(), data.train(), byRow);
        copyLabels(data.rows().validation(), data.validation(), byRow);
        copyLabels(data.rows().test(), data.test(), byRow);
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = byRow[rows[i]];
        }
        return out;
    }

    private static void copyLabels(int[] rows, PreparedSplit split, int[] byRow) {
        for (int i = 0; i < rows.length; i++) {
            byRow[rows[i]] = split.labels()[i];
        }
    }

    /**
     * Deals rows into folds: shuffled with the seed, then handed out in turn, class by class when
     * classes are given, so that every fold gets about the same share of each class.
     */
    static int[][] deal(int[] rows, int[] classes, int folds, long seed) {
        Random random = new Random(seed);
        List<List<Integer>> byFold = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            byFold.add(new ArrayList<>());
        }
        int classCount = classes == null ? 1 : Arrays.stream(classes).max().orElse(0) + 1;
        int next = 0;
        for (int c = 0; c < classCount; c++) {
            List<Integer> group = new ArrayList<>();
            for (int i = 0; i < rows.length; i++) {
                if (classes == null || classes[i] == c) {
                    group.add(rows[i]);
                }
            }
            Collections.shuffle(group, random);
            // decision: the dealing continues where the previous class stopped, so fold sizes
            // differ by at most one row overall, not one row per class
            for (int row : group) {
                byFold.get(next).add(row);
                next = (next + 1) % folds;
            }
        }
        int[][] out = new int[folds][];
        for (int f = 0; f < folds; f++) {
            out[f] = byFold.get(f).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return out;
    }

    /**
     * Fold {@code f} held out as the test rows; the other folds split into training and
     * validation rows in the ratio of the settings' shares.
     */
    private static RowSplit foldSplit(int[][] folds, int f, PreparationSettings settings) {
        List<Integer> rest = new ArrayList<>();
        for (int g = 0; g < folds.length; g++) {
            if (g != f) {
                for (int row : folds[g]) {
                    rest.add(row);
                }
            }
        }
        Collections.shuffle(rest, new Random(settings.seed() + f));
        // decision: early stopping keeps watching a validation share carved from the k-1
        // training folds, so each fold trains exactly as a normal run would; the held-out fold
        // never chooses the epoch
        double share = settings.validationPercent()
                / (double) (settings.trainPercent() + settings.validationPercent());
        int validation = (int) Math.round(rest.size() * share);
        int[] all = rest.stream().mapToInt(Integer::intValue).toArray();
        return new RowSplit(Arrays.copyOfRange(all, validation, all.length),
                Arrays.copyOfRange(all, 0, validation), folds[f].clone());
    }

    /**
     * The spec with the input width of this fold's features: a category that only occurs in the
     * held-out fold gives no one-hot column, so the width may differ from the full data's.
     */
    private static ModelSpec fitted(ModelSpec spec, PreparedSplit train) {
        if (spec.inputWidth() == train.width()) {
            return spec;
        }
        return new ModelSpec(train.width(), spec.hidden(), spec.outputWidth(), spec.output(),
                spec.loss(), spec.initializer());
    }
}

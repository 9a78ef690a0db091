package deepdesk.ui.evaluation;

import deepdesk.core.data.Dataset;
import deepdesk.core.evaluation.CrossValidation;
import deepdesk.core.evaluation.CrossValidationResult;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.training.TrainingConfig;
import deepdesk.ui.common.BackgroundWork;
import deepdesk.ui.common.Workbench;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Optional k-fold cross-validation of the current configuration (the dataset, roles,
 * preparation and training settings on the workbench): each fold trains a fresh network on the
 * other folds and is judged on its own rows; the result is the mean and standard deviation of
 * every metric.
 *
 * <p>Threading: FX thread only. The folds train on the background executor with progress and
 * Cancel; a change of configuration cancels a run in progress and drops its result.
 */
public final class CrossValidationViewModel {

    private final Workbench workbench;
    private final BackgroundWork work;
    private final IntegerProperty folds = new SimpleIntegerProperty(this, "folds", CrossValidation.DEFAULT_FOLDS);
    private final ReadOnlyObjectWrapper<CrossValidationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    CrossValidationViewModel(Workbench workbench, Executor background, Executor fx) {
        this.workbench = workbench;
        this.work = new BackgroundWork(background, fx);
        workbench.datasetProperty().addListener((o, a, b) -> configurationChanged());
        workbench.rolesProperty().addListener((o, a, b) -> configurationChanged());
        workbench.preparationSettingsProperty().addListener((o, a, b) -> configurationChanged());
        workbench.trainingConfigProperty().addListener((o, a, b) -> configurationChanged());
    }

    /** k, the number of folds; 5 by default. */
    public IntegerProperty foldsProperty() {
        return folds;
    }

    /** The latest cross-validation of the current configuration, or {@code null}. */
    public ReadOnlyObjectProperty<CrossValidationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the last run failed, or the empty string. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The running job: its message, progress and whether it can be cancelled. */
    public BackgroundWork work() {
        return work;
    }

    /** Cross-validates the current configuration with {@link #foldsProperty() k} folds. */
    public void run() {
        Dataset dataset = workbench.datasetProperty().get();
        DatasetRoles roles = workbench.rolesProperty().get();
        PreparationSettings settings = workbench.preparationSettingsProperty().get();
        TrainingConfig config = workbench.trainingConfigProperty().get();
        if (dataset == null || roles == null || settings == null || config == null) {
            status.set("Open a dataset, choose a target and a model first.");
            return;
        }
        int k = folds.get();
        status.set("");
        result.set(null);
        work.start(k + "-fold cross-validation",
                listener -> CrossValidation.run(dataset, roles, settings, config, k, listener),
                result::set,
                error -> status.set("Cross-validation failed: " + error.getMessage()));
    }

    /** Stops a run in progress. */
    public void cancel() {
        work.cancel();
    }

    private void configurationChanged() {
        work.cancel();
        result.set(null);
    }
}

package deepdesk.ui.common;

import deepdesk.core.data.Dataset;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.Preparation;
import deepdesk.core.prep.PreparationException;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.training.TrainingConfig;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state the screens share: the dataset the Data screen opened, its column roles and
 * preparation settings, and the prepared splits that follow from them. Screens never talk to
 * each other; each reads and writes this instead, so a screen only knows {@code ui.common}.
 *
 * <p>Whenever the dataset, roles or settings change, the splits are prepared again on the
 * background executor; the newest request wins and older results are dropped.
 *
 * <p>Threading: FX thread only. The background executor does the preparation; results come
 * back through the FX executor.
 */
public final class Workbench {

    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObjectProperty<DatasetRoles> roles = new SimpleObjectProperty<>(this, "roles");
    private final ObjectProperty<PreparationSettings> preparationSettings =
            new SimpleObjectProperty<>(this, "preparationSettings", PreparationSettings.defaults());
    private final ReadOnlyObjectWrapper<PreparedData> prepared =
            new ReadOnlyObjectWrapper<>(this, "prepared");
    private final ObjectProperty<TrainingConfig> trainingConfig =
            new SimpleObjectProperty<>(this, "trainingConfig");
    private final ObjectProperty<TrainedModel> latestModel =
            new SimpleObjectProperty<>(this, "latestModel");
    private final ObjectProperty<TrainedWeights> trainedWeights =
            new SimpleObjectProperty<>(this, "trainedWeights");
    private final ObjectProperty<Map<String, Double>> referenceRow =
            new SimpleObjectProperty<>(this, "referenceRow");
    private final ReadOnlyStringWrapper preparationProblem =
            new ReadOnlyStringWrapper(this, "preparationProblem", "");
    private final Executor background;
    private final Executor fx;
    private final AtomicLong generation = new AtomicLong();

    /**
     * Creates the shared state.
     *
     * @param background where data is prepared (a background thread in the app, the calling
     *                   thread in tests)
     * @param fx         how results reach the FX thread ({@code Platform::runLater} in the app)
     */
    public Workbench(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        dataset.addListener((o, a, b) -> reprepare());
        roles.addListener((o, a, b) -> reprepare());
        preparationSettings.addListener((o, a, b) -> reprepare());
    }

    /** The open dataset, or {@code null}. */
    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    /** The column roles and task for the open dataset, or {@code null}. */
    public ObjectProperty<DatasetRoles> rolesProperty() {
        return roles;
    }

    /** How the dataset is turned into numbers. */
    public ObjectProperty<PreparationSettings> preparationSettingsProperty() {
        return preparationSettings;
    }

    /** The prepared splits for the current dataset, roles and settings, or {@code null}. */
    public ReadOnlyObjectProperty<PreparedData> preparedProperty() {
        return prepared.getReadOnlyProperty();
    }

    /** Why the data cannot be prepared (for the user), or the empty string. */
    public ReadOnlyStringProperty preparationProblemProperty() {
        return preparationProblem.getReadOnlyProperty();
    }

    /**
     * The network and hyperparameters the next training run uses, or {@code null} while there
     * is no prepared data to size the network for. The Model screen keeps it up to date; the
     * Train screen may set it to restore the exact config of an earlier run.
     */
    public ObjectProperty<TrainingConfig> trainingConfigProperty() {
        return trainingConfig;
    }

    /**
     * The model of the latest training run that ended, or {@code null} before any has. The Train
     * screen sets it; the Evaluate and Deploy screens judge, save and serve it.
     */
    public ObjectProperty<TrainedModel> latestModelProperty() {
        return latestModel;
    }

    /**
     * The newest weights of the current or last training run, or {@code null} before the first.
     * The Train screen updates it a few times a second while a run trains; the Model screen
     * draws it on its network diagram.
     */
    public ObjectProperty<TrainedWeights> trainedWeightsProperty() {
        return trainedWeights;
    }

    /**
     * The row the Train screen holds its decision surface at, or {@code null} while the user has
     * not moved any input off its training median. Keyed by prepared feature name (a column, or
     * {@code column=category} for a one-hot feature), each value in the input's own units. The
     * Evaluate screen's what-if form starts from it.
     */
    public ObjectProperty<Map<String, Double>> referenceRowProperty() {
        return referenceRow;
    }

    /**
     * Opens a dataset with the given roles in one step, so that the splits are prepared once.
     */
    public void open(Dataset newDataset, DatasetRoles newRoles) {
        long before = generation.get();
        roles.set(null);
        dataset.set(newDataset);
        roles.set(newRoles);
        if (generation.get() == before) {
            reprepare();
        }
    }

    private void reprepare() {
        long ticket = generation.incrementAndGet();
        Dataset d = dataset.get();
        DatasetRoles r = roles.get();
        PreparationSettings s = preparationSettings.get();
        prepared.set(null);
        if (d == null || r == null || s == null) {
            preparationProblem.set(d == null ? "" : "Choose a target column on the Data screen.");
            return;
        }
        preparationProblem.set("");
        background.execute(() -> {
            PreparedData result = null;
            String problem = "";
            try {
                result = Preparation.prepare(d, r, s);
            } catch (PreparationException e) {
                problem = e.getMessage();
            }
            PreparedData finalResult = result;
            String finalProblem = problem;
            fx.execute(() -> {
                if (generation.get() == ticket) {
                    prepared.set(finalResult);
                    preparationProblem.set(finalProblem);
                }
            });
        });
    }
}

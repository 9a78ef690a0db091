package deepdesk.ui.builder;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.model.Activation;
import deepdesk.core.model.Initializer;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.OptimizerKind;
import deepdesk.core.model.ScheduleConfig;
import deepdesk.core.model.ScheduleKind;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.training.TrainingConfig;
import deepdesk.ui.common.DisplayNames;
import deepdesk.ui.common.TrainedWeights;
import deepdesk.ui.common.Workbench;
import deepdesk.ui.common.chart.NetworkPicture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state and commands of the Model screen. The network and its hyperparameters are one
 * immutable {@link ModelDraft}; every edit makes a new draft and pushes it onto an undo history,
 * so undo and redo are exact. The draft is sized for the data prepared in the {@link Workbench}:
 * the input width is the number of features after encoding and the output head follows the task
 * unless the user picks another that fits it. The resulting {@link TrainingConfig} is published
 * to {@link Workbench#trainingConfigProperty()} for the Train screen; when something else sets
 * that property (restoring an earlier run), the screen takes it over as an undoable edit. While
 * a run trains, the weights it publishes to {@link Workbench#trainedWeightsProperty()} are drawn
 * on the diagram as long as they belong to the network on screen.
 *
 * <p>Holds no nodes. Threading: FX thread only.
 */
public final class ModelViewModel implements SettingField.Owner {

    /** The most units a layer can have in the editor. */
    public static final int MAX_UNITS = 4096;
    /** The layer the editor adds to a network without hidden layers. */
    static final LayerSpec FIRST_LAYER = LayerSpec.of(8, Activation.RELU);
    /** The message shown while no data is ready. */
    static final String NO_DATA = "Open a dataset and choose a target on the Data screen.";

    private final Workbench workbench;
    private final EditHistory<ModelDraft> history;
    private final List<SettingField> fields;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", NO_DATA);
    private final ObservableList<LayerSpec> layers = FXCollections.observableArrayList();
    private final ObservableList<OutputHead> heads = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<OutputHead> head = new ReadOnlyObjectWrapper<>(this, "head");
    private final ReadOnlyObjectWrapper<ModelDraft> draft = new ReadOnlyObjectWrapper<>(this, "draft");
    private final ReadOnlyObjectWrapper<ModelSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlyObjectWrapper<NetworkAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<NetworkPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper inputSummary = new ReadOnlyStringWrapper(this, "inputSummary", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private TaskShape shape;
    private DataProfile profile;
    private float[][] shownWeights;
    private float[][] shownBiases;
    private TrainingConfig published;
    private boolean publishing;

    /**
     * Creates the screen's state, starting from the small-MLP preset with the default training
     * settings, and follows the workbench's prepared data from now on.
     */
    public ModelViewModel(Workbench workbench) {
        this.workbench = workbench;
        ModelDraft start = Preset.SMALL_MLP.applyTo(ModelDraft.of(TrainingConfig.defaults(
                ModelSpec.forRegression(1, 1, List.of()))), null);
        history = new EditHistory<>(start);
        fields = HyperparameterFields.create(this);
        workbench.preparedProperty().addListener((obs, old, now) -> dataChanged(now));
        workbench.preparationProblemProperty().addListener((obs, old, now) -> updateEmptyMessage());
        workbench.datasetProperty().addListener((obs, old, now) -> updateEmptyMessage());
        workbench.trainingConfigProperty().addListener((obs, old, now) -> {
            if (!publishing && now != null && !now.equals(published)) {
                edit("restore a run's settings", d -> ModelDraft.of(now));
            }
        });
        workbench.trainedWeightsProperty().addListener((obs, old, now) -> showTrainedWeights(now));
        dataChanged(workbench.preparedProperty().get());
    }


    /** Adds a hidden layer before the output, a copy of the last hidden layer without dropout. */
    public void addLayer() {
        List<LayerSpec> hidden = current().hidden();
        LayerSpec last = hidden.isEmpty() ? FIRST_LAYER : hidden.get(hidden.size() - 1);
        edit("add layer", d -> d.withLayers(l -> l.add(LayerSpec.of(last.units(), last.activation()))));
    }

    /** Removes hidden layer {@code index}. */
    public void removeLayer(int index) {
        if (isLayer(index)) {
            edit("remove layer " + (index + 1), d -> d.withLayers(l -> l.remove(index)));
        }
    }

    /** Inserts a copy of hidden layer {@code index} right after it. */
    public void duplicateLayer(int index) {
        if (isLayer(index)) {
            edit("duplicate layer " + (index + 1), d -> d.withLayers(l -> l.add(index + 1, l.get(index))));
        }
    }

    /** Swaps hidden layer {@code index} with the one before it (towards the input). */
    public void moveLayerUp(int index) {
        if (isLayer(index) && index > 0) {
            edit("move layer " + (index + 1) + " up", d -> d.withLayers(l -> Collections.swap(l, index, index - 1)));
        }
    }

    /** Swaps hidden layer {@code index} with the one after it (towards the output). */
    public void moveLayerDown(int index) {
        if (isLayer(index) && index + 1 < current().hidden().size()) {
            edit("move layer " + (index + 1) + " down", d -> d.withLayers(l -> Collections.swap(l, index, index + 1)));
        }
    }

    /** Sets the units of hidden layer {@code index}; values outside 1..{@link #MAX_UNITS} are refused. */
    public void setUnits(int index, int units) {
        if (isLayer(index) && units >= 1 && units <= MAX_UNITS) {
            edit("set units of layer " + (index + 1), d -> d.withLayer(index,
                    l -> new LayerSpec(units, l.activation(), l.dropout())));
        }
    }

    /** Sets the activation of hidden layer {@code index}. */
    public void setActivation(int index, Activation activation) {
        if (isLayer(index) && activation != null) {
            edit("set activation of layer " + (index + 1), d -> d.withLayer(index,
                    l -> new LayerSpec(l.units(), activation, l.dropout())));
        }
    }

    /** Sets the dropout of hidden layer {@code index}; values outside [0, 1) are refused. */
    public void setDropout(int index, double dropout) {
        if (isLayer(index) && dropout >= 0 && dropout < 1) {
            edit("set dropout of layer " + (index + 1), d -> d.withLayer(index,
                    l -> new LayerSpec(l.units(), l.activation(), dropout)));
        }
    }

    /** Chooses the output layer and loss; one that does not fit the task is refused. */
    public void setOutputHead(OutputHead newHead) {
        if (newHead != null && heads.contains(newHead) && newHead != head.get()) {
            edit("set output and loss", d -> d.withHead(newHead));
        }
    }

    /** Chooses how the initial weights are drawn. */
    public void setInitializer(Initializer initializer) {
        if (initializer != null) {
            edit("set initial weights", d -> d.withInitializer(initializer));
        }
    }

    /** Replaces the network and its optimiser settings by a preset. */
    public void applyPreset(Preset preset) {
        edit("apply " + preset.title(), d -> preset.applyTo(d, shape));
    }


    /** Chooses the optimiser, keeping the learning rate and the other settings. */
    public void setOptimizerKind(OptimizerKind kind) {
        if (kind != null) {
            edit("set optimiser", d -> {
                OptimizerConfig o = d.optimizer();
                return d.withOptimizer(new OptimizerConfig(kind, o.learningRate(), o.momentum(), o.beta1(),
                        o.beta2(), o.epsilon(), o.weightDecay(), o.rho()));
            });
        }
    }

    /** Chooses the learning-rate schedule, keeping its settings. */
    public void setScheduleKind(ScheduleKind kind) {
        if (kind != null) {
            edit("set schedule", d -> {
                ScheduleConfig s = d.schedule();
                return d.withSchedule(new ScheduleConfig(kind, s.stepEpochs(), s.factor(), s.periodEpochs(),
                        s.minRate(), s.patience(), s.minDelta()));
            });
        }
    }

    /** Chooses the backend. */
    public void setBackend(BackendKind backend) {
        if (backend != null) {
            edit("set backend", d -> d.withBackend(backend));
        }
    }

    /** The typed hyperparameters, in display order. */
    public List<SettingField> fields() {
        return fields;
    }

    /** The typed hyperparameter with this key. */
    public SettingField field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no setting " + key));
    }


    /** Reverts the last edit. */
    public void undo() {
        history.undo();
        publish();
    }

    /** Repeats the last undone edit. */
    public void redo() {
        history.redo();
        publish();
    }

    /** Whether there is an edit to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Whether there is an undone edit to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo add layer", for a tooltip. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** "Redo add layer", for a tooltip. */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }


    /**
     * Shows trained weights on the diagram, in {@link NetworkPicture}'s layout (per weight layer,
     * row-major {@code [in][out]}, and the biases of its outputs). They are dropped as soon as the
     * network's shape no longer matches them. The arrays must not be written afterwards.
     */
    public void showWeights(float[][] weights, float[][] biases) {
        shownWeights = weights;
        shownBiases = biases;
        updatePicture();
    }

    /**
     * Shows a training run's weights when they belong to the network on screen; weights of
     * another network (the user has edited it since) are not drawn.
     */
    private void showTrainedWeights(TrainedWeights trained) {
        if (trained != null && trained.spec().equals(spec.get())) {
            showWeights(trained.weights(), trained.biases());
        } else if (shownWeights != null) {
            clearWeights();
        }
    }

    /** Goes back to drawing the network without weights. */
    public void clearWeights() {
        showWeights(null, null);
    }


    /** Whether prepared data is there to build a network for. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** What to tell the user while no data is ready. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** The hidden layers, input side first. */
    public ObservableList<LayerSpec> layers() {
        return FXCollections.unmodifiableObservableList(layers);
    }

    /** The output heads that fit the task, the default first. */
    public ObservableList<OutputHead> heads() {
        return FXCollections.unmodifiableObservableList(heads);
    }

    /** The output head in use. */
    public ReadOnlyObjectProperty<OutputHead> headProperty() {
        return head.getReadOnlyProperty();
    }

    /** The current state. */
    public ReadOnlyObjectProperty<ModelDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    /** The network for the prepared data, or {@code null} while there is none. */
    public ReadOnlyObjectProperty<ModelSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** The analyser's table and warnings, or {@code null} while there is no data. */
    public ReadOnlyObjectProperty<NetworkAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** What the diagram draws, or {@code null} while there is no data. */
    public ReadOnlyObjectProperty<NetworkPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** "8 inputs → 16 ReLU → 8 ReLU → 1 linear · 305 parameters". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "7 features from 7 columns", for the input card. */
    public ReadOnlyStringProperty inputSummaryProperty() {
        return inputSummary.getReadOnlyProperty();
    }

    /** The input feature names, or an empty list. */
    public List<String> featureNames() {
        return shape == null ? List.of() : shape.featureNames();
    }

    @Override
    public ModelDraft current() {
        return history.current();
    }

    @Override
    public void edit(String label, UnaryOperator<ModelDraft> change) {
        if (history.push(change.apply(history.current()), label)) {
            publish();
        }
    }

    private boolean isLayer(int index) {
        return index >= 0 && index < current().hidden().size();
    }

    private void dataChanged(PreparedData data) {
        shape = data == null ? null : TaskShape.of(data);
        profile = data == null ? null : DataProfile.of(data);
        ready.set(data != null);
        updateEmptyMessage();
        publish();
    }

    private void updateEmptyMessage() {
        String problem = workbench.preparationProblemProperty().get();
        if (problem != null && !problem.isEmpty()) {
            emptyMessage.set(problem);
        } else if (workbench.datasetProperty().get() != null && workbench.preparedProperty().get() == null) {
            emptyMessage.set("Preparing the data for the network…");
        } else {
            emptyMessage.set(NO_DATA);
        }
    }

    private void publish() {
        ModelDraft d = history.current();
        draft.set(d);
        if (!layers.equals(d.hidden())) {
            layers.setAll(d.hidden());
        }
        for (SettingField field : fields) {
            field.show(d);
        }
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.canUndo() ? "Undo " + history.undoLabel() : "Undo");
        redoText.set(history.canRedo() ? "Redo " + history.redoLabel() : "Redo");
        TrainingConfig config = null;
        if (shape == null) {
            heads.clear();
            head.set(null);
            spec.set(null);
            analysis.set(null);
            summary.set("");
            inputSummary.set("");
        } else {
            List<OutputHead> allowed = OutputHead.allowedFor(shape);
            if (!heads.equals(allowed)) {
                heads.setAll(allowed);
            }
            head.set(d.headFor(shape));
            config = d.configFor(shape);
            spec.set(config.model());
            NetworkAnalysis result = NetworkAnalysis.of(config, profile);
            analysis.set(result);
            summary.set(summarise(config.model(), result.totalParameters()));
            inputSummary.set(String.format(Locale.ROOT, "%d %s from %d %s", shape.inputWidth(),
                    shape.inputWidth() == 1 ? "feature" : "features", profile.inputColumns(),
                    profile.inputColumns() == 1 ? "column" : "columns"));
        }
        updatePicture();
        publishing = true;
        try {
            published = config;
            workbench.trainingConfigProperty().set(config);
        } finally {
            publishing = false;
        }
    }

    private void updatePicture() {
        ModelSpec s = spec.get();
        if (s == null) {
            picture.set(null);
            return;
        }
        int[] sizes = new int[s.layerCount() + 1];
        List<String> names = new ArrayList<>();
        sizes[0] = s.inputWidth();
        names.add("input");
        for (int l = 0; l < s.layerCount(); l++) {
            sizes[l + 1] = s.unitsOf(l);
            names.add(l < s.hidden().size() ? DisplayNames.of(s.hidden().get(l).activation())
                    : DisplayNames.of(s.output()));
        }
        boolean fits = weightsFit(sizes);
        picture.set(new NetworkPicture(sizes, names, shape.featureNames(), fits ? shownWeights : null,
                fits ? shownBiases : null));
    }

    private boolean weightsFit(int[] sizes) {
        if (shownWeights == null || shownBiases == null
                || shownWeights.length != sizes.length - 1 || shownBiases.length != sizes.length - 1) {
            return false;
        }
        for (int l = 0; l + 1 < sizes.length; l++) {
            if (shownWeights[l].length != sizes[l] * sizes[l + 1] || shownBiases[l].length != sizes[l + 1]) {
                return false;
            }
        }
        return true;
    }

    private static String summarise(ModelSpec s, long parameters) {
        StringBuilder text = new StringBuilder();
        text.append(s.inputWidth()).append(s.inputWidth() == 1 ? " input" : " inputs");
        for (LayerSpec layer : s.hidden()) {
            text.append(" → ").append(layer.units()).append(' ').append(DisplayNames.of(layer.activation()));
        }
        text.append(" → ").append(s.outputWidth()).append(' ').append(DisplayNames.of(s.output()));
        text.append(String.format(Locale.ROOT, " · %,d parameters", parameters));
        return text.toString();
    }
}

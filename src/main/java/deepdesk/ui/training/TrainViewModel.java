package deepdesk.ui.training;

import deepdesk.core.common.CancelledException;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.Samples;
import deepdesk.core.data.Samples.Sample;
import deepdesk.core.distributed.ClusterSettings;
import deepdesk.core.distributed.DistributedDataset;
import deepdesk.core.distributed.DistributedSource;
import deepdesk.core.model.Activation;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.OutputKind;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.FittedPipeline;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.PreparedSplit;
import deepdesk.core.prep.TaskKind;
import deepdesk.core.training.ClassCounts;
import deepdesk.core.training.ClusterStatus;
import deepdesk.core.training.EpochMetrics;
import deepdesk.core.training.PredictionRequest;
import deepdesk.core.training.PredictionSnapshot;
import deepdesk.core.training.RunRecord;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingData;
import deepdesk.core.training.TrainingEvent;
import deepdesk.core.training.TrainingService;
import deepdesk.core.training.TrainingSnapshot;
import deepdesk.core.training.TrainingState;
import deepdesk.ui.common.FxTrainingBridge;
import deepdesk.ui.common.TrainedModel;
import deepdesk.ui.common.TrainedWeights;
import deepdesk.ui.common.TrainingUpdate;
import deepdesk.ui.common.Workbench;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state and commands of the Train screen: controls for the training service, the counters,
 * every run with its curves, the latest prediction snapshot, the doctor's findings and the
 * learning-rate finder. It holds no {@code Node}; {@link TrainView} builds the controls and binds
 * them.
 *
 * <p>Updates arrive through an {@link FxTrainingBridge} that drains the service's events on a
 * timer while the screen is shown ({@link #activate()} / {@link #deactivate()}); each drain is one
 * call to {@link #apply(TrainingUpdate)}, after which {@link #revisionProperty()} changes once.
 *
 * <p>Threading: FX thread only. Training runs on the service's thread, the learning-rate finder
 * on the injected background executor.
 */
public final class TrainViewModel {

    /** Grid points per axis of the decision surface. */
    public static final int SURFACE_RESOLUTION = 60;
    /** Hidden neurons shown as thumbnails at most. */
    public static final int MAX_NEURON_THUMBNAILS = 48;
    private static final long PREDICTION_INTERVAL_NANOS = 100_000_000L;
    /** The shortest time between two weight snapshots handed to the Model screen. */
    static final long WEIGHTS_INTERVAL_NANOS = 250_000_000L;
    private static final int MAX_OVERLAY_POINTS = 1500;
    private static final int MAX_REGRESSION_POINTS = 2000;

    private final TrainingService service;
    private final ObjectProperty<TrainingConfig> trainingConfig;
    private final Workbench workbench;
    private final ObjectProperty<TrainedWeights> trainedWeights;
    private final Executor background;
    private final Executor fx;
    private final FxTrainingBridge bridge;
    private final TrainingDoctor doctor = new TrainingDoctor();

    private final ReadOnlyObjectWrapper<TrainingState> state =
            new ReadOnlyObjectWrapper<>(this, "state", TrainingState.IDLE);
    private final ReadOnlyIntegerWrapper epoch = new ReadOnlyIntegerWrapper(this, "epoch");
    private final ReadOnlyLongWrapper step = new ReadOnlyLongWrapper(this, "step");
    private final ReadOnlyStringWrapper counterText = new ReadOnlyStringWrapper(this, "counterText", "Not started");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper etaText = new ReadOnlyStringWrapper(this, "etaText", "");
    private final ReadOnlyStringWrapper throughputText = new ReadOnlyStringWrapper(this, "throughputText", "");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 0.01);
    private final ReadOnlyDoubleWrapper currentLearningRate =
            new ReadOnlyDoubleWrapper(this, "currentLearningRate", Double.NaN);
    private final ReadOnlyBooleanWrapper dataReady = new ReadOnlyBooleanWrapper(this, "dataReady");
    private final ReadOnlyBooleanWrapper classification = new ReadOnlyBooleanWrapper(this, "classification");
    private final ReadOnlyBooleanWrapper surfaceAvailable = new ReadOnlyBooleanWrapper(this, "surfaceAvailable");
    private final ReadOnlyObjectWrapper<double[]> surfaceRange =
            new ReadOnlyObjectWrapper<>(this, "surfaceRange", new double[] {0, 1});
    private final ReadOnlyStringWrapper metricName = new ReadOnlyStringWrapper(this, "metricName", "accuracy");
    private final DoubleProperty smoothing = new SimpleDoubleProperty(this, "smoothing", 0.6);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);
    private final BooleanProperty discretize = new SimpleBooleanProperty(this, "discretize", false);
    private final IntegerProperty inputX = new SimpleIntegerProperty(this, "inputX", 0);
    private final IntegerProperty inputY = new SimpleIntegerProperty(this, "inputY", 1);
    private final ObservableList<String> inputNames = FXCollections.observableArrayList();
    private final ObservableList<String> classNames = FXCollections.observableArrayList();
    private final ObservableList<ReferenceInput> referenceInputs = FXCollections.observableArrayList();
    private final ObservableList<ReferenceInput> heldInputs = FXCollections.observableArrayList();
    private final ObservableList<ReferenceInput> readOnlyReferenceInputs =
            FXCollections.unmodifiableObservableList(referenceInputs);
    private final ObservableList<ReferenceInput> readOnlyHeldInputs =
            FXCollections.unmodifiableObservableList(heldInputs);
    private final ObjectProperty<NeuronChoice> selectedNeuron = new SimpleObjectProperty<>(this, "selectedNeuron");
    private final ReadOnlyObjectWrapper<PredictionSnapshot> predictions =
            new ReadOnlyObjectWrapper<>(this, "predictions");
    private final ReadOnlyObjectWrapper<OverlayPoints> overlayPoints =
            new ReadOnlyObjectWrapper<>(this, "overlayPoints", OverlayPoints.NONE);
    private final ReadOnlyObjectWrapper<RegressionPoints> regressionPoints =
            new ReadOnlyObjectWrapper<>(this, "regressionPoints");
    private final ReadOnlyObjectWrapper<ClassCounts> confusion = new ReadOnlyObjectWrapper<>(this, "confusion");
    private final ObservableList<RunEntry> runs = FXCollections.observableArrayList();
    private final ObservableList<RunEntry> selectedRuns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RunEntry> currentRun = new ReadOnlyObjectWrapper<>(this, "currentRun");
    private final ObservableList<DoctorFinding> findings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper finderRunning = new ReadOnlyBooleanWrapper(this, "finderRunning");
    private final ReadOnlyObjectWrapper<LearningRateSweep> finderResult =
            new ReadOnlyObjectWrapper<>(this, "finderResult");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper(this, "starting");
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(this, "canStart");
    private final ReadOnlyBooleanWrapper canPauseOrResume = new ReadOnlyBooleanWrapper(this, "canPauseOrResume");
    private final ReadOnlyBooleanWrapper canStep = new ReadOnlyBooleanWrapper(this, "canStep");
    private final ReadOnlyBooleanWrapper canStop = new ReadOnlyBooleanWrapper(this, "canStop");
    private final ReadOnlyBooleanWrapper canReset = new ReadOnlyBooleanWrapper(this, "canReset");
    private final ReadOnlyStringWrapper pauseText = new ReadOnlyStringWrapper(this, "pauseText", "Pause");
    private final ObjectProperty<ComputePlace> place =
            new SimpleObjectProperty<>(this, "place", ComputePlace.THIS_MACHINE);
    private final StringProperty sparkMaster = new SimpleStringProperty(this, "sparkMaster", "");
    private final StringProperty datasetSource = new SimpleStringProperty(this, "datasetSource", "");
    /** The pipeline of each run trained on a cluster, by run id. */
    private final Map<Long, FittedPipeline> clusterPipelines = new HashMap<>();
    /** The cluster pipeline of the run started last (also used by its resets); null when local. */
    private FittedPipeline startedPipeline;
    private final ReadOnlyStringWrapper clusterStatusText = new ReadOnlyStringWrapper(this, "clusterStatusText", "");
    private final ClusterConnection cluster = new ClusterConnection();

    private PreparedData prepared;
    private double[] inputMeans = new double[0];
    private double[] inputSpreads = new double[0];
    private double[] featureOffsets = new double[0];
    private double[] featureDivisors = new double[0];
    private boolean predictionsWanted;
    private long lastRequestNanos;
    private long lastWeightsNanos;
    private long lastRequestedStep = -1;
    private int reluUnits;
    private int deadReluUnits;
    private AtomicBoolean finderCancel = new AtomicBoolean();

    /**
     * Creates the view model.
     *
     * @param service        the training service (one per application)
     * @param workbench      the shared state: the prepared data and the Model screen's settings
     *                       come from here (no settings means a default that fits the data), and
     *                       restoring a run writes its settings back
     * @param background     where the learning-rate finder runs
     * @param fx             how its result reaches the FX thread
     */
    public TrainViewModel(TrainingService service, Workbench workbench, Executor background, Executor fx) {
        this.service = service;
        this.trainingConfig = workbench.trainingConfigProperty();
        this.workbench = workbench;
        this.trainedWeights = workbench.trainedWeightsProperty();
        this.background = background;
        this.fx = fx;
        this.bridge = new FxTrainingBridge(service, this::apply);
        workbench.preparedProperty().addListener((o, a, b) -> dataChanged(b));
        trainingConfig.addListener((o, a, b) -> {
            if (b != null) {
                learningRate.set(b.optimizer().learningRate());
            }
        });
        inputX.addListener((o, a, b) -> selectionChanged());
        inputY.addListener((o, a, b) -> selectionChanged());
        place.addListener((o, a, b) -> sparkMaster.set(b == null ? "" : b.defaultMaster()));
        bindControls();
        dataChanged(workbench.preparedProperty().get());
        if (trainingConfig.get() != null) {
            learningRate.set(trainingConfig.get().optimizer().learningRate());
        }
    }

    // decision: a run that is running or paused is ended only by Stop or Reset, never by a
    // second Start, so a stray click cannot throw a run away; Start waits for the service to
    // confirm the run it asked for, so a double click starts one run.
    private void bindControls() {
        canStart.bind(Bindings.createBooleanBinding(
                () -> dataReady.get() && !starting.get() && !state.get().isActive(), dataReady, starting, state));
        BooleanBinding active = Bindings.createBooleanBinding(
                () -> !starting.get() && state.get().isActive(), starting, state);
        canPauseOrResume.bind(active);
        canStep.bind(active);
        canStop.bind(active);
        canReset.bind(Bindings.createBooleanBinding(
                () -> currentRun.get() != null && !starting.get(), currentRun, starting));
        pauseText.bind(Bindings.when(state.isEqualTo(TrainingState.PAUSED)).then("Resume").otherwise("Pause"));
    }

    // ---------------------------------------------------------------- lifecycle

    /** Starts pulling updates (the screen became visible). */
    public void activate() {
        bridge.start();
    }

    /** Stops pulling updates (the screen was hidden). */
    public void deactivate() {
        bridge.stop();
    }

    /**
     * Stops pulling for good, cancels a running learning-rate sweep and, in the background, frees
     * what a Spark run holds (its prepared data and the Spark session).
     */
    public void dispose() {
        bridge.dispose();
        finderCancel.set(true);
        background.execute(cluster::close);
    }

    /** The bridge that feeds this view model; tests drain it directly. */
    public FxTrainingBridge bridge() {
        return bridge;
    }

    // ---------------------------------------------------------------- commands

    /** Starts a new run with the current settings and the learning rate in the field. */
    public void startTraining() {
        if (prepared == null) {
            statusText.set("Open a dataset and choose a target on the Data screen first.");
            return;
        }
        if (!canStart.get()) {
            return;
        }
        TrainingConfig config = effectiveConfig();
        double rate = learningRate.get();
        if (rate > 0 && Double.isFinite(rate)) {
            config = config.withOptimizer(config.optimizer().withLearningRate(rate));
        }
        if (place.get().isSpark()) {
            startOnSpark(config);
            return;
        }
        try {
            starting.set(true);
            startedPipeline = null;
            service.start(new TrainingData(prepared.train(), prepared.validation()), config)
                    .exceptionally(failure -> {
                        fx.execute(() -> {
                            starting.set(false);
                            statusText.set("Cannot start: " + rootMessage(failure));
                        });
                        return null;
                    });
            statusText.set("");
        } catch (IllegalArgumentException e) {
            starting.set(false);
            statusText.set("Cannot start: " + e.getMessage());
        }
    }

    // decision: a Spark run reads the dataset's CSV file itself (on the executors) with the Data
    // screen's roles and preparation, so it needs a dataset that came from a file or a bundled
    // sample (extracted to disk); generated data has no file and stays on this machine. Connecting
    // and preparing take seconds and run on the background executor, then the run joins the same
    // training service as a local one and its events feed this screen unchanged.
    private void startOnSpark(TrainingConfig config) {
        String master = sparkMaster.get() == null ? "" : sparkMaster.get().strip();
        String file = datasetSource.get() == null ? "" : datasetSource.get().strip();
        if (master.isEmpty()) {
            statusText.set("Enter the Spark master, such as local[*] or spark://host:7077.");
            return;
        }
        String noFile = "Spark reads the dataset from its CSV file: open the dataset from a file or a sample "
                + "to train it on Spark.";
        if (file.isEmpty()) {
            statusText.set(noFile);
            return;
        }
        DatasetRoles roles = workbench.rolesProperty().get();
        PreparationSettings preparation = workbench.preparationSettingsProperty().get();
        ClusterSettings settings = ClusterSettings.synchronous(master);
        starting.set(true);
        statusText.set("");
        clusterStatusText.set("Connecting to " + master + " and preparing the data…");
        background.execute(() -> {
            try {
                Path csv = sparkInput(file).orElseThrow(() -> new IllegalArgumentException(noFile));
                DistributedSource source = new DistributedSource(csv.toString(), null, roles, null, preparation);
                DistributedDataset dataset = cluster.open(source, settings);
                int width = dataset.pipeline().width();
                if (width != config.model().inputWidth()) {
                    throw new IllegalArgumentException("Spark prepared " + width + " features, the model takes "
                            + config.model().inputWidth() + "; rebuild the model on the Model screen");
                }
                // the run is started from the FX thread so that its pipeline is known before
                // its RunStarted event arrives
                fx.execute(() -> {
                    startedPipeline = dataset.pipeline();
                    service.start(dataset, config).exceptionally(failure -> {
                        fx.execute(() -> sparkStartFailed(failure));
                        return null;
                    });
                });
            } catch (RuntimeException e) {
                fx.execute(() -> sparkStartFailed(e));
            }
        });
    }

    /** The CSV file Spark reads for the open dataset: its file, or a bundled sample extracted to disk. */
    private static Optional<Path> sparkInput(String source) {
        Optional<Sample> sample = Samples.byFileName(source);
        if (sample.isPresent()) {
            return Optional.of(Samples.extract(sample.get()));
        }
        try {
            Path path = Path.of(source);
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private void sparkStartFailed(Throwable failure) {
        starting.set(false);
        clusterStatusText.set("");
        statusText.set("Cannot start on Spark: " + rootMessage(failure));
    }

    /** Pauses a running run or resumes a paused one. */
    public void togglePause() {
        if (state.get() == TrainingState.RUNNING) {
            service.pause();
        } else if (state.get() == TrainingState.PAUSED) {
            service.resume();
        }
    }

    /** Trains one batch, then pauses. */
    public void stepBatch() {
        if (canStep.get()) {
            service.stepBatch();
        }
    }

    /** Trains to the end of the epoch, then pauses. */
    public void stepEpoch() {
        if (canStep.get()) {
            service.stepEpoch();
        }
    }

    /** Stops the run in progress. */
    public void stopTraining() {
        if (canStop.get()) {
            service.stop();
        }
    }

    /** Starts the last run over with fresh weights, paused before the first batch. */
    public void resetTraining() {
        if (canReset.get()) {
            service.reset();
        }
    }

    /**
     * Applies the learning rate in {@link #learningRateProperty()}: at once to a run in progress,
     * and to the next Start.
     */
    public void applyLearningRate() {
        double rate = learningRate.get();
        if (!(rate > 0) || Double.isInfinite(rate)) {
            statusText.set("The learning rate must be a positive number.");
            return;
        }
        statusText.set("");
        if (state.get().isActive()) {
            service.setLearningRate(rate);
        }
    }

    /** Sets the Model screen's settings to the exact settings of a run. */
    public void restore(RunEntry run) {
        trainingConfig.set(run.config());
        learningRate.set(run.config().optimizer().learningRate());
        statusText.set(run.nameProperty().get() + "'s settings restored to the Model screen.");
    }

    /**
     * Shows runs saved in a project in place of the current ones. The service must hold the
     * same records (see {@code TrainingService.restore}) so that they can be saved again.
     *
     * @param records the saved runs, oldest first
     * @param names   the names the user gave runs, by id; others keep their default name
     */
    public void showSavedRuns(List<RunRecord> records, Map<Long, String> names) {
        selectedRuns.clear();
        currentRun.set(null);
        findings.clear();
        confusion.set(null);
        List<RunEntry> entries = new ArrayList<>();
        for (RunRecord record : records) {
            RunEntry entry = new RunEntry(record.id(), record.config(),
                    record.config().model().output() != OutputKind.LINEAR);
            record.epochs().forEach(entry::addEpoch);
            entry.stateProperty().set(record.state());
            entry.messageProperty().set(record.message() == null ? "" : record.message());
            String name = names.get(record.id());
            if (name != null && !name.isBlank()) {
                entry.nameProperty().set(name);
            }
            entry.publish();
            entries.add(entry);
        }
        runs.setAll(entries);
        bump();
    }

    /** Removes a run from the list (a run in progress cannot be deleted). */
    public void delete(RunEntry run) {
        if (run == currentRun.get() && state.get().isActive()) {
            statusText.set("Stop the run before deleting it.");
            return;
        }
        selectedRuns.remove(run);
        runs.remove(run);
        if (run == currentRun.get()) {
            currentRun.set(null);
        }
        bump();
    }

    /** Renames a run. */
    public void rename(RunEntry run, String newName) {
        if (newName != null && !newName.isBlank()) {
            run.nameProperty().set(newName.strip());
            bump();
        }
    }

    /** Sweeps the learning rate on a background thread; the result appears in {@link #finderResultProperty()}. */
    public void findLearningRate() {
        if (prepared == null || finderRunning.get()) {
            return;
        }
        finderCancel.set(true);
        AtomicBoolean cancel = new AtomicBoolean();
        finderCancel = cancel;
        TrainingConfig config = effectiveConfig();
        TrainingData data = new TrainingData(prepared.train(), prepared.validation());
        finderRunning.set(true);
        finderResult.set(null);
        background.execute(() -> {
            LearningRateSweep sweep = null;
            String problem = null;
            try {
                sweep = LearningRateFinder.standard().sweep(config, data, cancel::get);
            } catch (CancelledException e) {
                problem = "";
            } catch (RuntimeException e) {
                problem = "The learning-rate finder failed: " + e.getMessage();
            }
            LearningRateSweep result = sweep;
            String message = problem;
            fx.execute(() -> {
                finderRunning.set(false);
                if (result != null) {
                    finderResult.set(result);
                } else if (message != null && !message.isEmpty()) {
                    statusText.set(message);
                }
            });
        });
    }

    /** Takes the finder's suggestion as the learning rate (applied at once to a run in progress). */
    public void useSuggestedLearningRate() {
        LearningRateSweep sweep = finderResult.get();
        if (sweep != null && sweep.suggested() > 0) {
            learningRate.set(sweep.suggested());
            applyLearningRate();
        }
    }

    /**
     * Holds an input of the reference row at the value the user typed, in unscaled units.
     *
     * @return why the text was refused, or the empty string when it was taken
     */
    public String editReference(ReferenceInput input, String text) {
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return "\"" + text.strip() + "\" is not a number.";
        }
        if (!Double.isFinite(value)) {
            return "The value must be a finite number.";
        }
        input.valueProperty().set(value);
        return "";
    }

    /** Puts every input of the reference row back at its training median. */
    public void resetReferenceRow() {
        for (ReferenceInput input : referenceInputs) {
            input.valueProperty().set(input.median());
        }
    }

    /**
     * Writes every run's curves as CSV: one row per run and epoch with the training and
     * validation loss and metric and the learning rate.
     */
    public void exportRunsCsv(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String metric = metricName.get();
            w.write("run,epoch,train_loss,validation_loss,train_" + metric + ",validation_" + metric
                    + ",learning_rate\n");
            for (RunEntry run : runs) {
                String name = '"' + run.nameProperty().get().replace("\"", "\"\"") + '"';
                CurvePoints loss = run.trainLoss();
                for (int i = 0; i < loss.size(); i++) {
                    w.write(name + "," + (i + 1) + "," + loss.y(i) + ","
                            + valueOrEmpty(run.validationLoss(), i) + "," + run.trainMetric().y(i) + ","
                            + valueOrEmpty(run.validationMetric(), i) + "," + run.learningRate().y(i) + "\n");
                }
            }
        }
    }

    // ---------------------------------------------------------------- updates

    /** Applies everything that happened since the last update; called by the bridge. */
    public void apply(TrainingUpdate update) {
        boolean reexamine = false;
        EpochMetrics lastEpoch = null;
        Set<RunEntry> touched = new LinkedHashSet<>();
        for (TrainingEvent event : update.events()) {
            if (event instanceof TrainingEvent.RunStarted started) {
                starting.set(false);
                RunEntry entry = new RunEntry(started.runId(), started.config(), classification.get());
                if (startedPipeline != null) {
                    clusterPipelines.put(started.runId(), startedPipeline);
                }
                runs.add(entry);
                currentRun.set(entry);
                findings.clear();
                confusion.set(null);
                reluUnits = 0;
                deadReluUnits = 0;
                predictionsWanted = true;
                lastRequestedStep = -1;
                currentLearningRate.set(started.config().optimizer().learningRate());
            } else if (event instanceof TrainingEvent.EpochCompleted completed) {
                RunEntry entry = run(completed.runId());
                if (entry != null) {
                    entry.addEpoch(completed.metrics());
                    touched.add(entry);
                    if (entry == currentRun.get()) {
                        lastEpoch = completed.metrics();
                    }
                }
            } else if (event instanceof TrainingEvent.StateChanged changed) {
                RunEntry entry = run(changed.runId());
                if (entry != null) {
                    entry.stateProperty().set(changed.to());
                }
            } else if (event instanceof TrainingEvent.RunEnded ended) {
                RunEntry entry = run(ended.runId());
                if (entry != null) {
                    entry.stateProperty().set(ended.finalState());
                    entry.messageProperty().set(ended.message());
                    reexamine = true;
                    publishTrainedModel(entry);
                }
                predictionsWanted = true;
            }
        }
        // decision: a small dataset completes thousands of epochs between two drains; the
        // matrix and the doctor look at the newest only, once per drain.
        touched.forEach(RunEntry::publish);
        if (lastEpoch != null) {
            confusion.set(confusionOf(lastEpoch));
            reexamine = true;
        }
        showSnapshot(update.snapshot());
        showClusterStatus(service.clusterStatus());
        if (update.predictions() != null) {
            reexamine |= showPredictions(update.predictions());
        }
        if (reexamine) {
            examine();
        }
        requestPredictionsIfDue(update.snapshot());
        bump();
    }

    /** Hands the ended run's best weights to the Evaluate and Deploy screens. */
    private void publishTrainedModel(RunEntry entry) {
        Dataset dataset = workbench.datasetProperty().get();
        float[] best = service.history().run(entry.id()).map(RunRecord::bestWeights).orElse(null);
        ModelSpec spec = entry.config().model();
        // the data may have changed while the run went on: then the run no longer fits it
        if (best == null || prepared == null || dataset == null
                || spec.inputWidth() != prepared.train().width()) {
            return;
        }
        // decision: a run trained on a cluster is judged with the pipeline fitted there, applied
        // to the desktop's own split rows, so Evaluate and Deploy scale inputs as training did.
        FittedPipeline clusterPipeline = clusterPipelines.get(entry.id());
        PreparedData judged = clusterPipeline == null ? prepared : prepared.withPipeline(clusterPipeline, dataset);
        workbench.latestModelProperty().set(new TrainedModel(spec, best,
                judged, dataset, entry.nameProperty().get()));
    }

    private void showSnapshot(TrainingSnapshot snapshot) {
        state.set(snapshot.state());
        epoch.set(snapshot.epoch());
        step.set(snapshot.step());
        if (snapshot.runId() == 0) {
            return;
        }
        if (Double.isFinite(snapshot.learningRate())) {
            currentLearningRate.set(snapshot.learningRate());
        }
        RunEntry entry = currentRun.get();
        int maxEpochs = entry == null ? 0 : entry.config().maxEpochs();
        double done = snapshot.epoch() + (snapshot.batchesPerEpoch() == 0 ? 0
                : (double) snapshot.batchInEpoch() / snapshot.batchesPerEpoch());
        counterText.set(String.format(Locale.ROOT, "Epoch %d / %d · batch %d / %d · step %,d",
                snapshot.epoch(), maxEpochs, snapshot.batchInEpoch(), snapshot.batchesPerEpoch(),
                snapshot.step()));
        double fraction = maxEpochs == 0 ? 0 : Math.min(1, done / maxEpochs);
        progress.set(snapshot.state().isTerminal() && snapshot.state() == TrainingState.FINISHED ? 1 : fraction);
        if (snapshot.state() == TrainingState.RUNNING && fraction > 0 && snapshot.elapsedSeconds() > 0) {
            double left = snapshot.elapsedSeconds() * (1 - fraction) / fraction;
            etaText.set("ETA " + duration(left));
        } else if (snapshot.state().isTerminal()) {
            etaText.set("took " + duration(snapshot.elapsedSeconds()));
        } else {
            etaText.set("");
        }
        EpochMetrics last = snapshot.lastEpoch();
        if (last != null && Double.isFinite(last.samplesPerSecond())) {
            double epochsPerSecond = last.seconds() > 0 ? 1 / last.seconds() : Double.NaN;
            throughputText.set(String.format(Locale.ROOT, "%,.0f rows/s · %s epochs/s",
                    last.samplesPerSecond(), RunEntry.shortNumber(epochsPerSecond)));
        }
    }

    private void showClusterStatus(ClusterStatus status) {
        if (status != null) {
            clusterStatusText.set(clusterStatusLine(status));
        } else if (!starting.get()) {
            clusterStatusText.set("");
        }
    }

    /** The status line of a Spark run: master, executors, partitions and the last round's time. */
    static String clusterStatusLine(ClusterStatus status) {
        double seconds = status.lastRoundSeconds();
        String round = !Double.isFinite(seconds) ? "no round yet"
                : seconds < 1 ? String.format(Locale.ROOT, "last round %.0f ms", seconds * 1000)
                : "last round " + duration(seconds);
        return String.format(Locale.ROOT, "Spark %s · %d executor%s · %d partition%s · %s",
                status.master(), status.executors(), status.executors() == 1 ? "" : "s",
                status.partitions(), status.partitions() == 1 ? "" : "s", round);
    }

    private boolean showPredictions(PredictionSnapshot snapshot) {
        RunEntry entry = currentRun.get();
        if (entry == null || snapshot.runId() != entry.id()) {
            return false;
        }
        predictions.set(snapshot);
        publishWeights(snapshot);
        countDeadRelus(entry.config().model(), snapshot);
        if (!classification.get() && prepared != null) {
            regressionPoints.set(regressionPointsOf(snapshot));
        }
        return reluUnits > 0;
    }

    private void publishWeights(PredictionSnapshot snapshot) {
        long now = System.nanoTime();
        TrainedWeights last = trainedWeights.get();
        boolean due = last == null || last.runId() != snapshot.runId()
                || now - lastWeightsNanos >= WEIGHTS_INTERVAL_NANOS;
        // decision: the snapshot after a run ends is always passed on, so the diagram settles
        // on the final weights rather than on the last ones that happened to be due.
        if (due || !state.get().isActive()) {
            trainedWeights.set(TrainedWeights.of(snapshot.runId(), snapshot.epoch(), snapshot.spec(),
                    snapshot.weights()));
            lastWeightsNanos = now;
        }
    }

    private void requestPredictionsIfDue(TrainingSnapshot snapshot) {
        if (snapshot.runId() == 0 || prepared == null || bridge.isPredictionInFlight()) {
            return;
        }
        boolean moved = snapshot.step() != lastRequestedStep;
        long now = System.nanoTime();
        if (!(predictionsWanted || moved) || now - lastRequestNanos < PREDICTION_INTERVAL_NANOS) {
            return;
        }
        PredictionRequest request = predictionRequest();
        if (request != null && bridge.requestPredictions(request)) {
            predictionsWanted = false;
            lastRequestedStep = snapshot.step();
            lastRequestNanos = now;
        }
    }

    private PredictionRequest predictionRequest() {
        int width = prepared.train().width();
        int x = Math.min(inputX.get(), width - 1);
        int y = width == 1 ? 0 : Math.min(inputY.get(), width - 1);
        return new PredictionRequest(Math.max(0, x), Math.max(0, y), SURFACE_RESOLUTION, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, !classification.get(), true, preparedReferenceRow());
    }

    /**
     * The reference row in prepared units: NaN (the median, computed exactly by the snapshotter)
     * for inputs the user has not moved, so that an untouched row adds no rounding.
     */
    private List<Double> preparedReferenceRow() {
        boolean edited = false;
        Double[] row = new Double[referenceInputs.size()];
        for (ReferenceInput input : referenceInputs) {
            int i = input.index();
            if (input.isEdited()) {
                row[i] = (input.valueProperty().get() - featureOffsets[i]) / featureDivisors[i];
                edited = true;
            } else {
                row[i] = Double.NaN;
            }
        }
        return edited ? Arrays.asList(row) : List.of();
    }

    private void countDeadRelus(ModelSpec spec, PredictionSnapshot snapshot) {
        int units = 0;
        int dead = 0;
        for (int layer = 0; layer < snapshot.hiddenLayerCount() && layer < spec.hidden().size(); layer++) {
            if (spec.hidden().get(layer).activation() != Activation.RELU) {
                continue;
            }
            for (int n = 0; n < snapshot.neuronCount(layer); n++) {
                float[] activation = snapshot.neuronActivation(layer, n);
                boolean alive = false;
                for (float v : activation) {
                    if (v > 0) {
                        alive = true;
                        break;
                    }
                }
                units++;
                if (!alive) {
                    dead++;
                }
            }
        }
        reluUnits = units;
        deadReluUnits = dead;
    }

    private RegressionPoints regressionPointsOf(PredictionSnapshot snapshot) {
        PreparedSplit validation = prepared.validation().rows() > 0 ? prepared.validation() : prepared.train();
        float[] outputs = snapshot.validationOutputs();
        int width = snapshot.outputWidth();
        int rows = validation == prepared.validation() ? outputs.length / Math.max(1, width) : 0;
        int stride = Math.max(1, (rows + MAX_REGRESSION_POINTS - 1) / MAX_REGRESSION_POINTS);
        int count = (rows + stride - 1) / stride;
        double[] actual = new double[count];
        double[] predicted = new double[count];
        for (int i = 0; i < count; i++) {
            int row = i * stride;
            actual[i] = validation.targets()[row * validation.targetWidth()];
            predicted[i] = outputs[row * width];
        }
        double[] curveX = new double[0];
        double[] curveY = new double[0];
        double[] dataX = new double[0];
        double[] dataY = new double[0];
        PreparedSplit train = prepared.train();
        if (train.width() == 1 && snapshot.request().inputX() == 0 && snapshot.request().inputY() == 0) {
            int resolution = snapshot.resolution();
            curveX = new double[resolution];
            curveY = new double[resolution];
            for (int iy = 0; iy < resolution; iy++) {
                curveX[iy] = snapshot.yMin() + (snapshot.yMax() - snapshot.yMin()) * iy / (resolution - 1);
                curveY[iy] = snapshot.gridOutput(iy * resolution, 0);
            }
            int dataStride = Math.max(1, (train.rows() + MAX_REGRESSION_POINTS - 1) / MAX_REGRESSION_POINTS);
            int dataCount = (train.rows() + dataStride - 1) / dataStride;
            dataX = new double[dataCount];
            dataY = new double[dataCount];
            for (int i = 0; i < dataCount; i++) {
                int row = i * dataStride;
                dataX[i] = train.features()[row];
                dataY[i] = train.targets()[row * train.targetWidth()];
            }
        }
        return new RegressionPoints(actual, predicted, curveX, curveY, dataX, dataY);
    }

    private void examine() {
        RunEntry entry = currentRun.get();
        if (entry == null || prepared == null) {
            findings.clear();
            return;
        }
        DoctorEvidence evidence = new DoctorEvidence(entry.trainLoss().ysFrom(0),
                entry.validationLoss().ysFrom(0), entry.stateProperty().get() == TrainingState.DIVERGED,
                entry.config().optimizer().learningRate(), inputMeans, inputSpreads,
                prepared.featureNames(), reluUnits, deadReluUnits);
        List<DoctorFinding> fresh = doctor.examine(evidence);
        if (!fresh.equals(findings)) {
            findings.setAll(fresh);
        }
    }

    private void dataChanged(PreparedData data) {
        finderCancel.set(true);
        prepared = data;
        dataReady.set(data != null);
        predictions.set(null);
        regressionPoints.set(null);
        selectedNeuron.set(null);
        if (data == null) {
            inputNames.clear();
            classNames.clear();
            referenceInputs.clear();
            heldInputs.clear();
            surfaceAvailable.set(false);
            overlayPoints.set(OverlayPoints.NONE);
            return;
        }
        boolean isClassification = data.task() == TaskKind.CLASSIFICATION;
        classification.set(isClassification);
        metricName.set(isClassification ? "accuracy" : "R²");
        inputNames.setAll(data.featureNames());
        classNames.setAll(data.classNames());
        surfaceAvailable.set(data.train().width() >= 2);
        surfaceRange.set(isClassification ? new double[] {0, 1} : targetRange(data.train()));
        int[] axes = defaultAxes(data);
        inputX.set(axes[0]);
        inputY.set(axes[1]);
        computeInputStatistics(data.train());
        featureOffsets = data.pipeline().offsets();
        featureDivisors = data.pipeline().divisors();
        referenceInputs.setAll(referenceInputsOf(data));
        updateHeldInputs();
        overlayPoints.set(overlayOf(data));
        TrainingConfig config = trainingConfig.get();
        if (config == null || !fits(config, data)) {
            learningRate.set(defaultConfig(data).optimizer().learningRate());
        }
        predictionsWanted = true;
    }

    private List<ReferenceInput> referenceInputsOf(PreparedData data) {
        PreparedSplit train = data.train();
        int width = train.width();
        List<ReferenceInput> inputs = new ArrayList<>(width);
        float[] column = new float[train.rows()];
        for (int c = 0; c < width; c++) {
            for (int r = 0; r < train.rows(); r++) {
                column[r] = train.features()[r * width + c];
            }
            Arrays.sort(column);
            int rows = column.length;
            double median = rows == 0 ? 0 : rows % 2 == 1 ? column[rows / 2]
                    : (column[rows / 2 - 1] + column[rows / 2]) / 2f;
            double unscaled = median * featureDivisors[c] + featureOffsets[c];
            ReferenceInput input = new ReferenceInput(c, data.featureNames().get(c), unscaled);
            input.valueProperty().addListener((o, a, b) -> predictionsWanted = true);
            inputs.add(input);
        }
        return inputs;
    }

    /**
     * The surface's first axes: the first two continuous inputs when there are two, since a
     * one-hot input spans only 0 and 1; otherwise the first two inputs.
     */
    private static int[] defaultAxes(PreparedData data) {
        boolean[] continuous = data.pipeline().continuousFeatures();
        int first = -1;
        for (int i = 0; i < continuous.length; i++) {
            if (!continuous[i]) {
                continue;
            }
            if (first < 0) {
                first = i;
            } else {
                return new int[] {first, i};
            }
        }
        return new int[] {0, Math.min(1, data.train().width() - 1)};
    }

    /**
     * The training targets' range, so the regression surface's colours mean the same values from
     * one epoch to the next.
     */
    private static double[] targetRange(PreparedSplit train) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < train.rows(); r++) {
            double v = train.targets()[r * train.targetWidth()];
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        if (!(high > low)) {
            return new double[] {low - 1, low + 1};
        }
        return new double[] {low, high};
    }

    private void updateHeldInputs() {
        List<ReferenceInput> held = new ArrayList<>();
        for (ReferenceInput input : referenceInputs) {
            if (input.index() != inputX.get() && input.index() != inputY.get()) {
                held.add(input);
            }
        }
        heldInputs.setAll(held);
    }

    private void selectionChanged() {
        updateHeldInputs();
        if (prepared != null) {
            overlayPoints.set(overlayOf(prepared));
        }
        selectedNeuron.set(null);
        predictionsWanted = true;
    }

    private void computeInputStatistics(PreparedSplit train) {
        int width = train.width();
        double[] means = new double[width];
        double[] spreads = new double[width];
        float[] f = train.features();
        for (int c = 0; c < width; c++) {
            double sum = 0;
            for (int r = 0; r < train.rows(); r++) {
                sum += f[r * width + c];
            }
            double mean = sum / train.rows();
            double squares = 0;
            for (int r = 0; r < train.rows(); r++) {
                double d = f[r * width + c] - mean;
                squares += d * d;
            }
            means[c] = mean;
            spreads[c] = Math.sqrt(squares / train.rows());
        }
        inputMeans = means;
        inputSpreads = spreads;
    }

    private OverlayPoints overlayOf(PreparedData data) {
        if (data.train().width() < 2) {
            return OverlayPoints.NONE;
        }
        boolean classes = data.train().isClassification();
        int x = Math.min(inputX.get(), data.train().width() - 1);
        int y = Math.min(inputY.get(), data.train().width() - 1);
        PreparedSplit train = data.train();
        PreparedSplit test = data.test();
        int trainStride = Math.max(1, (train.rows() + MAX_OVERLAY_POINTS - 1) / MAX_OVERLAY_POINTS);
        int testStride = Math.max(1, (test.rows() + MAX_OVERLAY_POINTS / 2 - 1) / (MAX_OVERLAY_POINTS / 2));
        int trainCount = (train.rows() + trainStride - 1) / trainStride;
        int testCount = test.rows() == 0 ? 0 : (test.rows() + testStride - 1) / testStride;
        float[] xs = new float[trainCount + testCount];
        float[] ys = new float[xs.length];
        int[] labels = classes ? new int[xs.length] : null;
        float[] values = classes ? null : new float[xs.length];
        boolean[] isTest = new boolean[xs.length];
        int i = 0;
        for (PreparedSplit split : List.of(train, test)) {
            int stride = split == train ? trainStride : testStride;
            for (int r = 0; r < split.rows(); r += stride, i++) {
                xs[i] = split.features()[r * split.width() + x];
                ys[i] = split.features()[r * split.width() + y];
                if (classes) {
                    labels[i] = split.labels()[r];
                } else {
                    values[i] = split.targets()[r * split.targetWidth()];
                }
                isTest[i] = split == test;
            }
        }
        return new OverlayPoints(xs, ys, labels, values, isTest);
    }

    /** The settings the next Start uses: the Model screen's when they fit the data, else a default. */
    public TrainingConfig effectiveConfig() {
        TrainingConfig config = trainingConfig.get();
        if (prepared == null) {
            return config;
        }
        return config != null && fits(config, prepared) ? config : defaultConfig(prepared);
    }

    /**
     * A sensible first model for the data: one hidden layer of 16 ReLU units, Adam at 0.01,
     * batch 32, early stopping after 20 epochs without improvement.
     */
    public static TrainingConfig defaultConfig(PreparedData data) {
        List<LayerSpec> hidden = List.of(LayerSpec.of(16, Activation.RELU));
        ModelSpec model = data.task() == TaskKind.CLASSIFICATION
                ? ModelSpec.forClassification(data.train().width(), data.train().classCount(), hidden)
                : ModelSpec.forRegression(data.train().width(), data.train().targetWidth(), hidden);
        return TrainingConfig.defaults(model).withOptimizer(OptimizerConfig.adam(0.01));
    }

    private static boolean fits(TrainingConfig config, PreparedData data) {
        ModelSpec model = config.model();
        if (model.inputWidth() != data.train().width()) {
            return false;
        }
        if (data.train().isClassification()) {
            int classes = data.train().classCount();
            return classes == 2 ? model.outputWidth() == 1 || model.outputWidth() == 2
                    : model.outputWidth() == classes;
        }
        return model.outputWidth() == data.train().targetWidth();
    }

    private RunEntry run(long id) {
        for (RunEntry entry : runs) {
            if (entry.id() == id) {
                return entry;
            }
        }
        return null;
    }

    private static ClassCounts confusionOf(EpochMetrics metrics) {
        if (metrics.validation() != null && metrics.validation().classCounts() != null) {
            return metrics.validation().classCounts();
        }
        return metrics.train().classCounts();
    }

    private void bump() {
        revision.set(revision.get() + 1);
    }

    private static String valueOrEmpty(CurvePoints points, int i) {
        return i < points.size() ? String.valueOf(points.y(i)) : "";
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "-";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return seconds < 10 ? String.format(Locale.ROOT, "%.1f s", seconds) : s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    // ---------------------------------------------------------------- properties

    /** Where the next run computes: this machine, Spark local or a Spark cluster. */
    public ObjectProperty<ComputePlace> placeProperty() {
        return place;
    }

    /**
     * The Spark master the next Spark run uses, such as {@code local[*]} or
     * {@code spark://host:7077}; set to the place's default whenever the place changes.
     */
    public StringProperty sparkMasterProperty() {
        return sparkMaster;
    }

    /**
     * The CSV file the open dataset was read from, or empty (a generated dataset); Spark runs read
     * it. Bound by the application to the Data screen's source.
     */
    public StringProperty datasetSourceProperty() {
        return datasetSource;
    }

    /** The Spark status line: executors, partitions and the last round's time; empty for local runs. */
    public ReadOnlyStringProperty clusterStatusTextProperty() {
        return clusterStatusText.getReadOnlyProperty();
    }

    /** The service's state as of the last update. */
    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Epochs completed in the current run. */
    public ReadOnlyIntegerProperty epochProperty() {
        return epoch.getReadOnlyProperty();
    }

    /** Batches trained in the current run. */
    public ReadOnlyLongProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** "Epoch 3 / 200 · batch 4 / 10 · step 34". */
    public ReadOnlyStringProperty counterTextProperty() {
        return counterText.getReadOnlyProperty();
    }

    /** Share of the maximum epochs done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The estimated time left, or how long a finished run took. */
    public ReadOnlyStringProperty etaTextProperty() {
        return etaText.getReadOnlyProperty();
    }

    /** Rows and epochs per second of the last epoch. */
    public ReadOnlyStringProperty throughputTextProperty() {
        return throughputText.getReadOnlyProperty();
    }

    /** A message for the user (why something could not be done), or empty. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** The learning rate the user typed: used by the next Start and applied live. */
    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    /** The learning rate the running model uses now (after any schedule). */
    public ReadOnlyDoubleProperty currentLearningRateProperty() {
        return currentLearningRate.getReadOnlyProperty();
    }

    /** Whether prepared data is there to train on. */
    public ReadOnlyBooleanProperty dataReadyProperty() {
        return dataReady.getReadOnlyProperty();
    }

    /** Whether the task is classification. */
    public ReadOnlyBooleanProperty classificationProperty() {
        return classification.getReadOnlyProperty();
    }

    /**
     * Whether a surface can be drawn: the task's decision surface for classification, the
     * predicted value for regression, over two of two or more inputs.
     */
    public ReadOnlyBooleanProperty surfaceAvailableProperty() {
        return surfaceAvailable.getReadOnlyProperty();
    }

    /**
     * The values at the two ends of the surface's colour scale: 0 and 1 for a probability, the
     * training targets' minimum and maximum for regression (a two-element array; do not write).
     */
    public ReadOnlyObjectProperty<double[]> surfaceRangeProperty() {
        return surfaceRange.getReadOnlyProperty();
    }

    /** "accuracy" or "R²". */
    public ReadOnlyStringProperty metricNameProperty() {
        return metricName.getReadOnlyProperty();
    }

    /** The loss chart's smoothing, 0 to 0.99; default 0.6. */
    public DoubleProperty smoothingProperty() {
        return smoothing;
    }

    /** Whether the loss chart's y axis is logarithmic. */
    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** Whether the decision surface shows hard decisions only. */
    public BooleanProperty discretizeProperty() {
        return discretize;
    }

    /** The input along the surface's horizontal axis. */
    public IntegerProperty inputXProperty() {
        return inputX;
    }

    /** The input along the surface's vertical axis. */
    public IntegerProperty inputYProperty() {
        return inputY;
    }

    /** The prepared inputs' names. */
    public ObservableList<String> inputNames() {
        return inputNames;
    }

    /**
     * Every prepared input with the value the decision surface holds it at when it is off the
     * two axes, in unscaled units.
     */
    public ObservableList<ReferenceInput> referenceInputs() {
        return readOnlyReferenceInputs;
    }

    /** The reference inputs that are not on the surface's axes: the ones the user can edit. */
    public ObservableList<ReferenceInput> heldInputs() {
        return readOnlyHeldInputs;
    }

    /** The classes' names (empty for regression). */
    public ObservableList<String> classNames() {
        return classNames;
    }

    /** The hidden neuron shown large, or {@code null} for the model's output. */
    public ObjectProperty<NeuronChoice> selectedNeuronProperty() {
        return selectedNeuron;
    }

    /** The newest prediction snapshot of the current run. */
    public ReadOnlyObjectProperty<PredictionSnapshot> predictionsProperty() {
        return predictions.getReadOnlyProperty();
    }

    /** The training and test points over the chosen inputs. */
    public ReadOnlyObjectProperty<OverlayPoints> overlayPointsProperty() {
        return overlayPoints.getReadOnlyProperty();
    }

    /** Predicted against actual values for regression; {@code null} otherwise. */
    public ReadOnlyObjectProperty<RegressionPoints> regressionPointsProperty() {
        return regressionPoints.getReadOnlyProperty();
    }

    /** The confusion matrix of the last epoch (validation rows when there are any). */
    public ReadOnlyObjectProperty<ClassCounts> confusionProperty() {
        return confusion.getReadOnlyProperty();
    }

    /** Every run, oldest first. */
    public ObservableList<RunEntry> runs() {
        return runs;
    }

    /** The runs selected in the table, whose curves are overlaid. */
    public ObservableList<RunEntry> selectedRuns() {
        return selectedRuns;
    }

    /** The run in progress or last run. */
    public ReadOnlyObjectProperty<RunEntry> currentRunProperty() {
        return currentRun.getReadOnlyProperty();
    }

    /** The run with this id, if it is still listed. */
    public Optional<RunEntry> runById(long id) {
        return Optional.ofNullable(run(id));
    }

    /** The doctor's findings for the current run. */
    public ObservableList<DoctorFinding> findings() {
        return findings;
    }

    /** Whether the learning-rate finder is running. */
    public ReadOnlyBooleanProperty finderRunningProperty() {
        return finderRunning.getReadOnlyProperty();
    }

    /** The last learning-rate sweep, or {@code null}. */
    public ReadOnlyObjectProperty<LearningRateSweep> finderResultProperty() {
        return finderResult.getReadOnlyProperty();
    }

    /** Whether Start may be pressed: data is ready and no run is running, paused or starting. */
    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    /** Whether Pause/Resume may be pressed: a run is running or paused. */
    public ReadOnlyBooleanProperty canPauseOrResumeProperty() {
        return canPauseOrResume.getReadOnlyProperty();
    }

    /** "Resume" while the run is paused, "Pause" otherwise. */
    public ReadOnlyStringProperty pauseTextProperty() {
        return pauseText.getReadOnlyProperty();
    }

    /** Whether Step batch and Step epoch may be pressed: a run is running or paused. */
    public ReadOnlyBooleanProperty canStepProperty() {
        return canStep.getReadOnlyProperty();
    }

    /** Whether Stop may be pressed: a run is running or paused. */
    public ReadOnlyBooleanProperty canStopProperty() {
        return canStop.getReadOnlyProperty();
    }

    /** Whether Reset may be pressed: there has been a run to start over. */
    public ReadOnlyBooleanProperty canResetProperty() {
        return canReset.getReadOnlyProperty();
    }

    /** Changes once after every update; views redraw what changed when it does. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}

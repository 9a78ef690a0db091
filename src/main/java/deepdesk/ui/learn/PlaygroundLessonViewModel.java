package deepdesk.ui.learn;

import deepdesk.core.data.synthetic.SyntheticShape;
import deepdesk.core.lesson.PlaygroundData;
import deepdesk.core.lesson.PlaygroundFeature;
import deepdesk.core.lesson.PlaygroundLesson;
import deepdesk.core.lesson.PlaygroundSettings;
import deepdesk.core.lesson.PlaygroundSurface;
import deepdesk.core.model.Activation;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.training.EpochMetrics;
import deepdesk.core.training.TrainingService;
import deepdesk.core.training.TrainingState;
import deepdesk.ui.common.Debouncer;
import deepdesk.ui.common.DisplayNames;
import deepdesk.ui.common.TrainedWeights;
import deepdesk.ui.common.chart.NetworkPicture;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * Lesson 5, the Playground: TensorFlow Playground's datasets, derived features, hidden layers and
 * hyperparameters, trained by the real engine on the lesson's own training service, with the
 * network's output and every hidden neuron's activation over the plane.
 *
 * <p>A change of the data, features or network shows in the diagram at once and starts a new run
 * once a burst of changes has settled; the new run plays if the old one was playing and waits at
 * epoch 0 otherwise.
 *
 * <p>Threading: FX thread only. Surfaces are computed on the worker from a copy of the weights;
 * at most one is computed at a time and the newest weights win.
 */
public final class PlaygroundLessonViewModel {

    /** Grid points along each axis of the output and neuron pictures. */
    static final int RESOLUTION = 50;

    private final LessonTraining training;
    private final Executor worker;
    private final Executor fx;
    private final Debouncer debouncer;
    private final ObjectProperty<SyntheticShape> shape = new SimpleObjectProperty<>(this, "shape");
    private final DoubleProperty noise = new SimpleDoubleProperty(this, "noise");
    private final IntegerProperty trainPercent = new SimpleIntegerProperty(this, "trainPercent");
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize");
    private final Map<PlaygroundFeature, ReadOnlyBooleanWrapper> features = new EnumMap<>(PlaygroundFeature.class);
    private final ObservableList<Integer> hiddenLayers = FXCollections.observableArrayList();
    // one wrapper for good: a wrapper made per call would listen weakly and be collected
    private final ObservableList<Integer> hiddenLayersView =
            FXCollections.unmodifiableObservableList(hiddenLayers);
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate");
    private final ObjectProperty<PlaygroundSettings.Penalty> penalty =
            new SimpleObjectProperty<>(this, "penalty");
    private final DoubleProperty penaltyRate = new SimpleDoubleProperty(this, "penaltyRate");
    private final ReadOnlyObjectWrapper<PlaygroundData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyObjectWrapper<PlaygroundSurface> surface =
            new ReadOnlyObjectWrapper<>(this, "surface");
    private final ReadOnlyObjectWrapper<NetworkPicture> picture =
            new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyDoubleWrapper trainLoss = new ReadOnlyDoubleWrapper(this, "trainLoss", Double.NaN);
    private final ReadOnlyDoubleWrapper testLoss = new ReadOnlyDoubleWrapper(this, "testLoss", Double.NaN);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ObjectProperty<PlaygroundSpeed> speed =
            new SimpleObjectProperty<>(this, "speed", PlaygroundSpeed.FULL);
    private Timeline pacer;
    private boolean stepInFlight;
    private long seed;
    private boolean restoring;
    private int runs;
    private ModelSpec runSpec;
    private List<PlaygroundFeature> runFeatures = List.of();
    private LessonTraining.Weights pendingWeights;
    private boolean computing;

    /**
     * Creates the lesson with TensorFlow Playground's defaults; the first run waits at epoch 0
     * until the lesson is shown.
     *
     * @param service   the lesson's own training service, owned by the lesson from now on
     * @param worker    where surfaces are computed
     * @param fx        how results reach the FX thread
     * @param debouncer how a burst of setting changes becomes one restart
     */
    public PlaygroundLessonViewModel(TrainingService service, Executor worker, Executor fx,
                                     Debouncer debouncer) {
        this.training = new LessonTraining(service, fx);
        this.worker = worker;
        this.fx = fx;
        this.debouncer = debouncer;
        for (PlaygroundFeature feature : PlaygroundFeature.values()) {
            features.put(feature, new ReadOnlyBooleanWrapper(this, feature.key()));
        }
        restore(PlaygroundSettings.defaults());
        Runnable changed = this::settingsChanged;
        shape.addListener((o, a, b) -> changed.run());
        noise.addListener((o, a, b) -> changed.run());
        trainPercent.addListener((o, a, b) -> changed.run());
        batchSize.addListener((o, a, b) -> changed.run());
        features.values().forEach(p -> p.addListener((o, a, b) -> changed.run()));
        hiddenLayers.addListener((ListChangeListener<Integer>) c -> changed.run());
        activation.addListener((o, a, b) -> changed.run());
        learningRate.addListener((o, a, b) -> changed.run());
        penalty.addListener((o, a, b) -> changed.run());
        penaltyRate.addListener((o, a, b) -> changed.run());
        training.epochsProperty().addListener((o, a, batch) -> {
            if (batch != null && !batch.epochs().isEmpty()) {
                EpochMetrics last = batch.epochs().get(batch.epochs().size() - 1);
                trainLoss.set(last.train().loss());
                testLoss.set(last.validation() == null ? Double.NaN : last.validation().loss());
            }
        });
        training.weightsProperty().addListener((o, a, w) -> {
            if (w != null) {
                weightsArrived(w);
            }
        });
        training.stateProperty().addListener((o, a, state) -> {
            if (state.isTerminal()) {
                playing.set(false);
                stopPacer();
            }
        });
        speed.addListener((o, a, b) -> speedChanged());
        updatePicture(null);
    }

    // ---------------------------------------------------------------- settings

    /** The dataset. */
    public ObjectProperty<SyntheticShape> shapeProperty() {
        return shape;
    }

    /** The noise, 0 to 0.5. */
    public DoubleProperty noiseProperty() {
        return noise;
    }

    /** The share of points trained on, in percent. */
    public IntegerProperty trainPercentProperty() {
        return trainPercent;
    }

    /** Points per step. */
    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    /** Whether {@code feature} is fed to the network; use {@link #setFeature} to change it. */
    public ReadOnlyBooleanProperty featureProperty(PlaygroundFeature feature) {
        return features.get(feature).getReadOnlyProperty();
    }

    /** Neurons per hidden layer, from the input side. */
    public ObservableList<Integer> hiddenLayers() {
        return hiddenLayersView;
    }

    /** The hidden neurons' activation. */
    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    /** The learning rate of gradient descent. */
    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    /** The penalty on the weights. */
    public ObjectProperty<PlaygroundSettings.Penalty> penaltyProperty() {
        return penalty;
    }

    /** How strongly the penalty counts. */
    public DoubleProperty penaltyRateProperty() {
        return penaltyRate;
    }

    // ---------------------------------------------------------------- what is shown

    /** The points of the current run. */
    public ReadOnlyObjectProperty<PlaygroundData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** The newest output and neuron pictures. */
    public ReadOnlyObjectProperty<PlaygroundSurface> surfaceProperty() {
        return surface.getReadOnlyProperty();
    }

    /** The network as the diagram draws it, with its newest weights once it has any. */
    public ReadOnlyObjectProperty<NetworkPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** The loss on the training points after the latest epoch; NaN before the first. */
    public ReadOnlyDoubleProperty trainLossProperty() {
        return trainLoss.getReadOnlyProperty();
    }

    /** The loss on the test points after the latest epoch; NaN before the first. */
    public ReadOnlyDoubleProperty testLossProperty() {
        return testLoss.getReadOnlyProperty();
    }

    /** Epochs the current run has completed. */
    public ReadOnlyIntegerProperty epochProperty() {
        return training.epochProperty();
    }

    /** The state of the current run. */
    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return training.stateProperty();
    }

    /** Why the run stopped or could not start; empty while all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return training.messageProperty();
    }

    /** How fast Play trains: an epoch at a time at a pace the eye can follow, or flat out. */
    public ObjectProperty<PlaygroundSpeed> speedProperty() {
        return speed;
    }

    /** Whether the run is meant to be training (Play) rather than waiting (Pause). */
    public BooleanProperty playingProperty() {
        return playing;
    }

    /** The newest epochs of the current run, for the loss chart. */
    ReadOnlyObjectProperty<LessonTraining.Epochs> epochsProperty() {
        return training.epochsProperty();
    }

    /** How many runs this lesson has started. */
    public int runCount() {
        return runs;
    }

    /**
     * The settings the controls show now.
     *
     * @throws IllegalArgumentException when a control holds a value out of range
     */
    public PlaygroundSettings settings() {
        Set<PlaygroundFeature> chosen = EnumSet.noneOf(PlaygroundFeature.class);
        features.forEach((feature, on) -> {
            if (on.get()) {
                chosen.add(feature);
            }
        });
        return new PlaygroundSettings(shape.get(), noise.get(), trainPercent.get(), chosen,
                List.copyOf(hiddenLayers), activation.get(), learningRate.get(), penalty.get(),
                penaltyRate.get(), batchSize.get(), seed);
    }

    /** Shows {@code settings} in the controls; the run restarts once, after the changes settle. */
    public void show(PlaygroundSettings settings) {
        restore(settings);
        settingsChanged();
    }

    private void restore(PlaygroundSettings settings) {
        restoring = true;
        try {
            seed = settings.seed();
            shape.set(settings.shape());
            noise.set(settings.noise());
            trainPercent.set(settings.trainPercent());
            batchSize.set(settings.batchSize());
            features.forEach((feature, on) -> on.set(settings.features().contains(feature)));
            hiddenLayers.setAll(settings.hiddenLayers());
            activation.set(settings.activation());
            learningRate.set(settings.learningRate());
            penalty.set(settings.penalty());
            penaltyRate.set(settings.penaltyRate());
        } finally {
            restoring = false;
        }
    }

    // ---------------------------------------------------------------- commands

    /**
     * Feeds {@code feature} to the network or not. The last feature cannot be turned off.
     *
     * @return whether the feature is now as asked
     */
    public boolean setFeature(PlaygroundFeature feature, boolean on) {
        if (!on && features.values().stream().filter(BooleanProperty::get).count() == 1
                && features.get(feature).get()) {
            return false;
        }
        features.get(feature).set(on);
        return true;
    }

    /** Adds a hidden layer of 2 neurons after the last, up to six layers. */
    public void addLayer() {
        if (hiddenLayers.size() < PlaygroundSettings.MAX_LAYERS) {
            hiddenLayers.add(2);
        }
    }

    /** Removes the last hidden layer. */
    public void removeLayer() {
        if (!hiddenLayers.isEmpty()) {
            hiddenLayers.remove(hiddenLayers.size() - 1);
        }
    }

    /** Adds a neuron to hidden layer {@code layer}, up to eight. */
    public void addNeuron(int layer) {
        if (hiddenLayers.get(layer) < PlaygroundSettings.MAX_NEURONS) {
            hiddenLayers.set(layer, hiddenLayers.get(layer) + 1);
        }
    }

    /** Removes a neuron from hidden layer {@code layer}, down to one. */
    public void removeNeuron(int layer) {
        if (hiddenLayers.get(layer) > 1) {
            hiddenLayers.set(layer, hiddenLayers.get(layer) - 1);
        }
    }

    /** New points from the next seed, keeping every other setting. */
    public void regenerate() {
        seed++;
        settingsChanged();
    }

    /** Plays: resumes a waiting run, or starts a new one when the last has ended. */
    public void play() {
        playing.set(true);
        TrainingState state = training.stateProperty().get();
        if (speed.get().isPaced()) {
            if (!state.isActive()) {
                startRun(false);
            }
            startPacer();
        } else if (state == TrainingState.PAUSED) {
            training.resume();
        } else if (!state.isActive()) {
            startRun(true);
        }
    }

    /** Pauses the run after its current batch. */
    public void pause() {
        playing.set(false);
        stopPacer();
        training.pause();
    }

    /** Plays when paused, pauses when playing. */
    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Trains one epoch, then waits. */
    public void step() {
        playing.set(false);
        stopPacer();
        if (!training.stateProperty().get().isActive()) {
            startRun(false);
        }
        training.stepEpoch();
    }

    /** Starts the run over from fresh weights, waiting at epoch 0. */
    public void reset() {
        playing.set(false);
        stopPacer();
        startRun(false);
    }

    /** Starts pulling updates (the lesson became visible); the first time, sets up a run. */
    public void activate() {
        training.activate();
        if (runs == 0) {
            startRun(playing.get());
        }
    }

    /** Stops pulling updates and pauses a playing run (the lesson was hidden). */
    public void deactivate() {
        training.deactivate();
        if (playing.get()) {
            pause();
        }
    }

    /** Stops for good and ends the lesson's training thread. */
    public void dispose() {
        stopPacer();
        training.dispose();
    }

    /** The lesson's training, for tests that drain its bridge. */
    LessonTraining training() {
        return training;
    }

    // ---------------------------------------------------------------- internals

    private void settingsChanged() {
        if (restoring) {
            return;
        }
        PlaygroundSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            return;
        }
        if (!PlaygroundLesson.model(settings).equals(runSpec)) {
            updatePicture(null);
        }
        debouncer.submit(() -> startRun(playing.get()));
    }

    private void startRun(boolean play) {
        PlaygroundSettings settings = settings();
        PlaygroundData points = PlaygroundLesson.data(settings);
        runSpec = PlaygroundLesson.model(settings);
        runFeatures = settings.orderedFeatures();
        data.set(points);
        trainLoss.set(Double.NaN);
        testLoss.set(Double.NaN);
        runs++;
        updatePicture(null);
        if (play && !speed.get().isPaced()) {
            training.start(points.trainingData(), PlaygroundLesson.config(settings));
        } else {
            training.startPaused(points.trainingData(), PlaygroundLesson.config(settings));
        }
    }

    private void speedChanged() {
        if (!playing.get()) {
            return;
        }
        if (speed.get().isPaced()) {
            training.pause();
            startPacer();
        } else {
            stopPacer();
            training.resume();
        }
    }

    // decision: a paced run waits paused between epochs and an FX timer asks for one epoch at
    // a time, so the service needs no notion of speed and a step is never cut short.
    private void startPacer() {
        if (pacer != null) {
            pacer.stop();
        }
        pacer = new Timeline(new KeyFrame(Duration.seconds(1.0 / speed.get().epochsPerSecond()),
                e -> stepIfIdle()));
        pacer.setCycleCount(Animation.INDEFINITE);
        pacer.play();
    }

    private void stopPacer() {
        if (pacer != null) {
            pacer.stop();
            pacer = null;
        }
    }

    private void stepIfIdle() {
        if (stepInFlight) {
            return;
        }
        stepInFlight = true;
        training.stepEpoch().whenComplete((state, failure) -> fx.execute(() -> stepInFlight = false));
    }

    private void weightsArrived(LessonTraining.Weights w) {
        if (!w.spec().equals(runSpec)) {
            return;
        }
        updatePicture(w);
        pendingWeights = w;
        if (!computing) {
            computeNext();
        }
    }

    private void computeNext() {
        LessonTraining.Weights w = pendingWeights;
        pendingWeights = null;
        if (w == null) {
            computing = false;
            return;
        }
        computing = true;
        List<PlaygroundFeature> inputs = runFeatures;
        worker.execute(() -> {
            PlaygroundSurface result = PlaygroundSurface.compute(w.runId(), w.epoch(), w.spec(),
                    w.weights(), inputs, RESOLUTION);
            fx.execute(() -> {
                if (w.spec().equals(runSpec)) {
                    surface.set(result);
                }
                computing = false;
                computeNext();
            });
        });
    }

    private void updatePicture(LessonTraining.Weights w) {
        PlaygroundSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            return;
        }
        ModelSpec spec = w != null ? w.spec() : PlaygroundLesson.model(settings);
        int[] sizes = new int[spec.layerCount() + 1];
        List<String> names = new ArrayList<>();
        sizes[0] = spec.inputWidth();
        // many layers leave no room for a caption each; the sizes alone still fit
        boolean roomy = spec.layerCount() <= 4;
        names.add(roomy ? "input" : "");
        for (int l = 0; l < spec.layerCount(); l++) {
            sizes[l + 1] = spec.unitsOf(l);
            names.add(l < spec.hidden().size()
                    ? (roomy ? DisplayNames.of(spec.hidden().get(l).activation()) : "")
                    : (roomy ? DisplayNames.of(spec.output()) : ""));
        }
        List<PlaygroundFeature> inputs = w != null ? runFeatures : settings.orderedFeatures();
        List<String> inputNames = inputs.stream().map(PlaygroundFeature::label).toList();
        if (w == null) {
            picture.set(new NetworkPicture(sizes, names, inputNames, null, null));
        } else {
            TrainedWeights split = TrainedWeights.of(w.runId(), w.epoch(), w.spec(), w.weights());
            picture.set(new NetworkPicture(sizes, names, inputNames, split.weights(), split.biases()));
        }
    }
}

package deepdesk.ui.learn;

import deepdesk.core.lesson.OverfittingData;
import deepdesk.core.lesson.OverfittingLesson;
import deepdesk.core.lesson.OverfittingSettings;
import deepdesk.core.training.EpochMetrics;
import deepdesk.core.training.TrainingService;
import deepdesk.core.training.TrainingState;
import deepdesk.ui.common.Debouncer;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;

/**
 * Lesson 4, overfitting and regularisation: a large network fits a few noisy points of a curve
 * on the real training service while the training and validation losses are drawn side by side.
 * Every change of a setting restarts the run, once a burst of changes has settled.
 *
 * <p>Threading: FX thread only. The fitted curve is computed on the worker from a copy of the
 * weights, and the newest result wins.
 */
public final class OverfittingLessonViewModel {

    /** Points along the drawn network curve. */
    static final int CURVE_POINTS = 200;

    /**
     * The network's curve at one moment.
     *
     * @param runId the run it belongs to
     * @param epoch epochs completed
     * @param xs    inputs across the plot
     * @param ys    the network's output at each
     */
    record FittedCurve(long runId, int epoch, float[] xs, float[] ys) {
    }

    private final LessonTraining training;
    private final Executor worker;
    private final Executor fx;
    private final Debouncer debouncer;
    private final IntegerProperty trainPoints = new SimpleIntegerProperty(this, "trainPoints");
    private final DoubleProperty noise = new SimpleDoubleProperty(this, "noise");
    private final IntegerProperty hiddenUnits = new SimpleIntegerProperty(this, "hiddenUnits");
    private final DoubleProperty l2 = new SimpleDoubleProperty(this, "l2");
    private final DoubleProperty dropout = new SimpleDoubleProperty(this, "dropout");
    private final BooleanProperty earlyStopping = new SimpleBooleanProperty(this, "earlyStopping");
    private final IntegerProperty patience = new SimpleIntegerProperty(this, "patience");
    private final ReadOnlyObjectWrapper<OverfittingData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyObjectWrapper<FittedCurve> fitted = new ReadOnlyObjectWrapper<>(this, "fitted");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyIntegerWrapper bestEpoch = new ReadOnlyIntegerWrapper(this, "bestEpoch");
    private final AtomicLong generation = new AtomicLong();
    private long seed;
    private long shownRun;
    private double bestValidation = Double.POSITIVE_INFINITY;
    private EpochMetrics latest;
    private int runs;

    /**
     * Creates the lesson with its settings at their defaults; nothing trains until {@link #run}
     * or a change of a setting.
     *
     * @param service   the lesson's own training service, owned by the lesson from now on
     * @param worker    where the fitted curve is computed
     * @param fx        how results reach the FX thread
     * @param debouncer how a burst of setting changes becomes one restart
     */
    public OverfittingLessonViewModel(TrainingService service, Executor worker, Executor fx,
                                      Debouncer debouncer) {
        this.training = new LessonTraining(service, fx);
        this.worker = worker;
        this.fx = fx;
        this.debouncer = debouncer;
        show(OverfittingSettings.defaults());
        for (ObservableValue<?> setting : new ObservableValue<?>[] {trainPoints, noise, hiddenUnits,
                l2, dropout, earlyStopping, patience}) {
            setting.addListener((o, a, b) -> debouncer.submit(this::run));
        }
        training.epochsProperty().addListener((o, a, batch) -> {
            if (batch != null) {
                epochsArrived(batch);
            }
        });
        training.weightsProperty().addListener((o, a, w) -> {
            if (w != null) {
                computeCurve(w);
            }
        });
        training.messageProperty().addListener((o, a, b) -> updateSummary());
        training.stateProperty().addListener((o, a, b) -> updateSummary());
    }

    /** How many noisy points the network learns from. */
    public IntegerProperty trainPointsProperty() {
        return trainPoints;
    }

    /** The standard deviation of the noise on every y. */
    public DoubleProperty noiseProperty() {
        return noise;
    }

    /** Neurons in each of the two hidden layers. */
    public IntegerProperty hiddenUnitsProperty() {
        return hiddenUnits;
    }

    /** The L2 strength. */
    public DoubleProperty l2Property() {
        return l2;
    }

    /** The dropout fraction of the hidden layers. */
    public DoubleProperty dropoutProperty() {
        return dropout;
    }

    /** Whether early stopping is on. */
    public BooleanProperty earlyStoppingProperty() {
        return earlyStopping;
    }

    /** Epochs early stopping waits for an improvement. */
    public IntegerProperty patienceProperty() {
        return patience;
    }

    /** The points of the current run. */
    public ReadOnlyObjectProperty<OverfittingData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** The network's newest curve. */
    public ReadOnlyObjectProperty<FittedCurve> fittedProperty() {
        return fitted.getReadOnlyProperty();
    }

    /** The newest epochs of the current run, for the loss chart. */
    ReadOnlyObjectProperty<LessonTraining.Epochs> epochsProperty() {
        return training.epochsProperty();
    }

    /** The state of the current run. */
    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return training.stateProperty();
    }

    /** The epoch with the lowest validation loss so far; 0 before the first epoch. */
    public ReadOnlyIntegerProperty bestEpochProperty() {
        return bestEpoch.getReadOnlyProperty();
    }

    /** One line on the run: epoch, both losses, the gap and the best epoch. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How many runs this lesson has started. */
    public int runCount() {
        return runs;
    }

    /** The lesson's training, for tests that drain its bridge. */
    LessonTraining training() {
        return training;
    }

    /**
     * The settings the controls show now.
     *
     * @throws IllegalArgumentException when a control holds a value out of range
     */
    public OverfittingSettings settings() {
        return new OverfittingSettings(trainPoints.get(), noise.get(), hiddenUnits.get(), l2.get(),
                dropout.get(), earlyStopping.get(), patience.get(), seed);
    }

    /**
     * Shows {@code settings} in the controls; the run restarts once, after the changes settle.
     */
    public void show(OverfittingSettings settings) {
        seed = settings.seed();
        trainPoints.set(settings.trainPoints());
        noise.set(settings.noise());
        hiddenUnits.set(settings.hiddenUnits());
        l2.set(settings.l2());
        dropout.set(settings.dropout());
        earlyStopping.set(settings.earlyStopping());
        patience.set(settings.patience());
    }

    /** Starts a new run with the current settings, replacing the run in progress. */
    public void run() {
        OverfittingSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            summary.set("Cannot start: " + e.getMessage());
            return;
        }
        OverfittingData points = OverfittingLesson.data(settings);
        data.set(points);
        fitted.set(null);
        latest = null;
        bestValidation = Double.POSITIVE_INFINITY;
        bestEpoch.set(0);
        runs++;
        training.start(points.trainingData(), OverfittingLesson.config(settings));
        updateSummary();
    }

    /** Starts pulling updates (the lesson became visible). */
    public void activate() {
        training.activate();
    }

    /** Stops pulling updates (the lesson was hidden); a run in progress trains on to its end. */
    public void deactivate() {
        training.deactivate();
    }

    /** Stops for good and ends the lesson's training thread. */
    public void dispose() {
        generation.incrementAndGet();
        training.dispose();
    }

    private void epochsArrived(LessonTraining.Epochs batch) {
        if (batch.runId() != shownRun) {
            shownRun = batch.runId();
            bestValidation = Double.POSITIVE_INFINITY;
            bestEpoch.set(0);
            latest = null;
        }
        for (EpochMetrics m : batch.epochs()) {
            if (m.validation() != null && m.validation().loss() < bestValidation) {
                bestValidation = m.validation().loss();
                bestEpoch.set(m.epoch());
            }
            latest = m;
        }
        updateSummary();
    }

    private void computeCurve(LessonTraining.Weights w) {
        long ticket = generation.incrementAndGet();
        worker.execute(() -> {
            float[][] curve = OverfittingLesson.fittedCurve(w.spec(), w.weights(), CURVE_POINTS);
            FittedCurve result = new FittedCurve(w.runId(), w.epoch(), curve[0], curve[1]);
            fx.execute(() -> {
                if (generation.get() == ticket) {
                    fitted.set(result);
                }
            });
        });
    }

    private void updateSummary() {
        String message = training.messageProperty().get();
        if (latest == null || latest.validation() == null) {
            summary.set(message.startsWith("Cannot") ? message
                    : runs == 0 ? "Press Train to fit the points." : "Training…");
            return;
        }
        double train = latest.train().loss();
        double validation = latest.validation().loss();
        String text = String.format(Locale.ROOT, "Epoch %d · training loss %.4f · validation loss "
                        + "%.4f · gap %.4f · lowest validation loss at epoch %d",
                latest.epoch(), train, validation, validation - train, bestEpoch.get());
        TrainingState state = training.stateProperty().get();
        if (state.isTerminal() && !message.isEmpty()) {
            text += ". Stopped: " + message + ".";
        }
        summary.set(text);
    }
}

package deepdesk.ui.training;

import deepdesk.core.training.EpochMetrics;
import deepdesk.core.training.SplitMetrics;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingState;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One training run as the Train screen lists it: a name the user can change, its exact settings,
 * its state, and its curves (loss, task metric and learning rate per epoch).
 *
 * <p>Threading: FX thread only.
 */
public final class RunEntry {

    private final long id;
    private final TrainingConfig config;
    private final boolean classification;
    private final StringProperty name;
    private final ObjectProperty<TrainingState> state = new SimpleObjectProperty<>(this, "state");
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs");
    private final DoubleProperty seconds = new SimpleDoubleProperty(this, "seconds");
    private final DoubleProperty bestMetric = new SimpleDoubleProperty(this, "bestMetric", Double.NaN);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final CurvePoints trainLoss = new CurvePoints();
    private final CurvePoints validationLoss = new CurvePoints();
    private final CurvePoints trainMetric = new CurvePoints();
    private final CurvePoints validationMetric = new CurvePoints();
    private final CurvePoints learningRate = new CurvePoints();
    private double bestMonitoredLoss = Double.POSITIVE_INFINITY;
    private double bestMetricValue = Double.NaN;
    private int epochCount;
    private double elapsed;

    /**
     * Creates the entry of a run that just started.
     *
     * @param id             the service's run number
     * @param config         the settings it runs with
     * @param classification whether the task metric is accuracy (otherwise R²)
     */
    public RunEntry(long id, TrainingConfig config, boolean classification) {
        this.id = id;
        this.config = config;
        this.classification = classification;
        this.name = new SimpleStringProperty(this, "name", "Run " + id);
        state.set(TrainingState.RUNNING);
    }

    /** The service's run number. */
    public long id() {
        return id;
    }

    /** The exact settings of the run. */
    public TrainingConfig config() {
        return config;
    }

    /** The name shown in the table and legends; editable. */
    public StringProperty nameProperty() {
        return name;
    }

    /** Running, paused, or how it ended. */
    public ObjectProperty<TrainingState> stateProperty() {
        return state;
    }

    /** Epochs completed. */
    public IntegerProperty epochsProperty() {
        return epochs;
    }

    /** Training time so far, in seconds. */
    public DoubleProperty secondsProperty() {
        return seconds;
    }

    /** Validation accuracy or R² at the epoch with the lowest validation loss; NaN before it. */
    public DoubleProperty bestMetricProperty() {
        return bestMetric;
    }

    /** How the run ended, in words; empty while it runs. */
    public StringProperty messageProperty() {
        return message;
    }

    /** A one-line description of the settings: layers, optimiser, learning rate and batch. */
    public String summary() {
        StringBuilder layers = new StringBuilder().append(config.model().inputWidth());
        config.model().hidden().forEach(l -> layers.append('-').append(l.units())
                .append(' ').append(l.activation().name().toLowerCase(Locale.ROOT)));
        layers.append('-').append(config.model().outputWidth());
        return String.format(Locale.ROOT, "%s · %s %s · batch %d", layers,
                config.optimizer().kind().name().toLowerCase(Locale.ROOT),
                shortNumber(config.optimizer().learningRate()), config.batchSize());
    }

    /** Training loss per epoch. */
    public CurvePoints trainLoss() {
        return trainLoss;
    }

    /** Validation loss per epoch (empty without validation rows). */
    public CurvePoints validationLoss() {
        return validationLoss;
    }

    /** Training accuracy or R² per epoch. */
    public CurvePoints trainMetric() {
        return trainMetric;
    }

    /** Validation accuracy or R² per epoch. */
    public CurvePoints validationMetric() {
        return validationMetric;
    }

    /** The learning rate used in each epoch. */
    public CurvePoints learningRate() {
        return learningRate;
    }

    /** Records a completed epoch's curves; {@link #publish()} shows the new counts. */
    public void addEpoch(EpochMetrics metrics) {
        int epoch = metrics.epoch();
        trainLoss.add(epoch, metrics.train().loss());
        trainMetric.add(epoch, metricOf(metrics.train()));
        if (metrics.validation() != null) {
            validationLoss.add(epoch, metrics.validation().loss());
            validationMetric.add(epoch, metricOf(metrics.validation()));
        }
        learningRate.add(epoch, metrics.learningRate());
        double monitored = metrics.monitoredLoss();
        if (monitored < bestMonitoredLoss) {
            bestMonitoredLoss = monitored;
            SplitMetrics watched = metrics.validation() != null ? metrics.validation() : metrics.train();
            bestMetricValue = metricOf(watched);
        }
        epochCount = epoch;
        elapsed = metrics.elapsedSeconds();
    }

    /**
     * Copies the numbers gathered by {@link #addEpoch} into the table's properties; called once
     * per update so that thousands of epochs between two updates cost one table refresh.
     */
    public void publish() {
        epochs.set(epochCount);
        seconds.set(elapsed);
        bestMetric.set(bestMetricValue);
    }

    private double metricOf(SplitMetrics split) {
        return classification ? split.accuracy() : split.r2();
    }

    static String shortNumber(double v) {
        if (v != 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e4)) {
            return String.format(Locale.ROOT, "%.0e", v);
        }
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "");
    }
}

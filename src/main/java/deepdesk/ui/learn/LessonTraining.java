package deepdesk.ui.learn;

import deepdesk.core.model.ModelSpec;
import deepdesk.core.training.EpochMetrics;
import deepdesk.core.training.PredictionRequest;
import deepdesk.core.training.PredictionSnapshot;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingData;
import deepdesk.core.training.TrainingEvent;
import deepdesk.core.training.TrainingService;
import deepdesk.core.training.TrainingSnapshot;
import deepdesk.core.training.TrainingState;
import deepdesk.ui.common.FxTrainingBridge;
import deepdesk.ui.common.TrainingUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A lesson's own training service seen from the FX thread: it starts runs, follows the newest
 * one through an {@link FxTrainingBridge}, and hands on the run's epochs as they arrive and, a
 * few times a second, a copy of its weights. Each lesson has a service of its own, so a lesson
 * never stops a run on the Train screen nor adds to the project's run history.
 *
 * <p>Threading: FX thread only; the bridge's timer calls {@link #apply} on the FX thread.
 */
final class LessonTraining {

    /** The fewest nanoseconds between two requests for weights. */
    private static final long WEIGHTS_INTERVAL_NANOS = 100_000_000L;
    // decision: the service hands out a copy of the weights only with a prediction snapshot;
    // the smallest grid it accepts costs four rows, nothing beside the copy itself.
    private static final PredictionRequest WEIGHTS_ONLY = new PredictionRequest(0, 0, 2, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, false, false);

    /**
     * The epochs of one run that arrived in one update.
     *
     * @param runId  the run
     * @param epochs its newly completed epochs, in order
     */
    record Epochs(long runId, List<EpochMetrics> epochs) {
    }

    /**
     * A copy of a run's weights.
     *
     * @param runId   the run
     * @param epoch   epochs it had completed
     * @param spec    the network
     * @param weights its parameters, owned by this record
     */
    record Weights(long runId, int epoch, ModelSpec spec, float[] weights) {
    }

    private final TrainingService service;
    private final Executor fx;
    private final FxTrainingBridge bridge;
    private final ReadOnlyObjectWrapper<TrainingState> state =
            new ReadOnlyObjectWrapper<>(this, "state", TrainingState.IDLE);
    private final ReadOnlyIntegerWrapper epoch = new ReadOnlyIntegerWrapper(this, "epoch");
    private final ReadOnlyObjectWrapper<Epochs> epochs = new ReadOnlyObjectWrapper<>(this, "epochs");
    private final ReadOnlyObjectWrapper<Weights> weights = new ReadOnlyObjectWrapper<>(this, "weights");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long runId;
    private int pendingStarts;
    private long lastRequestedStep = -1;
    private long lastRequestNanos;
    private boolean weightsWanted;

    /**
     * Follows {@code service}, which this object owns from now on.
     *
     * @param fx how a failure to start reaches the FX thread
     */
    LessonTraining(TrainingService service, Executor fx) {
        this.service = service;
        this.fx = fx;
        this.bridge = new FxTrainingBridge(service, this::apply);
    }

    /** The service's state for the newest run. */
    ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Epochs the newest run has completed. */
    ReadOnlyIntegerProperty epochProperty() {
        return epoch.getReadOnlyProperty();
    }

    /** The newest run's epochs that arrived in the latest update. */
    ReadOnlyObjectProperty<Epochs> epochsProperty() {
        return epochs.getReadOnlyProperty();
    }

    /** The newest copy of the newest run's weights. */
    ReadOnlyObjectProperty<Weights> weightsProperty() {
        return weights.getReadOnlyProperty();
    }

    /** Why the newest run ended, or why it could not start; empty while all is well. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The bridge that feeds this object; tests drain it directly. */
    FxTrainingBridge bridge() {
        return bridge;
    }

    /** Starts a run that trains right away, replacing any run in progress. */
    void start(TrainingData data, TrainingConfig config) {
        message.set("");
        try {
            service.start(data, config).exceptionally(this::failed);
            pendingStarts++;
        } catch (IllegalArgumentException e) {
            failed(e);
        }
    }

    /** Starts a run that waits, paused before its first batch, replacing any run in progress. */
    void startPaused(TrainingData data, TrainingConfig config) {
        message.set("");
        try {
            service.startPaused(data, config).exceptionally(this::failed);
            pendingStarts++;
        } catch (IllegalArgumentException e) {
            failed(e);
        }
    }

    /** Pauses the run after its current batch. */
    void pause() {
        service.pause();
    }

    /** Resumes a paused run. */
    void resume() {
        service.resume();
    }

    /** Trains one epoch, then pauses; the future completes when the epoch is done. */
    CompletableFuture<TrainingState> stepEpoch() {
        return service.stepEpoch();
    }

    /** Starts pulling updates (the lesson became visible). */
    void activate() {
        bridge.start();
    }

    /** Stops pulling updates (the lesson was hidden). */
    void deactivate() {
        bridge.stop();
    }

    /** Stops for good and ends the service's thread. */
    void dispose() {
        bridge.dispose();
        service.shutdown();
    }

    private TrainingState failed(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        String text = "Cannot start: " + cause.getMessage();
        fx.execute(() -> {
            message.set(text);
            pendingStarts = 0;
        });
        return TrainingState.FAILED;
    }

    /** Applies everything that happened since the last update; called by the bridge. */
    void apply(TrainingUpdate update) {
        List<EpochMetrics> arrived = new ArrayList<>();
        for (TrainingEvent event : update.events()) {
            if (event instanceof TrainingEvent.RunStarted started) {
                if (!arrived.isEmpty()) {
                    epochs.set(new Epochs(runId, List.copyOf(arrived)));
                    arrived.clear();
                }
                runId = started.runId();
                epochs.set(new Epochs(runId, List.of()));
                pendingStarts = Math.max(0, pendingStarts - 1);
                lastRequestedStep = -1;
                weightsWanted = true;
                message.set("");
            } else if (event instanceof TrainingEvent.EpochCompleted completed
                    && completed.runId() == runId) {
                arrived.add(completed.metrics());
            } else if (event instanceof TrainingEvent.RunEnded ended && ended.runId() == runId) {
                weightsWanted = true;
                message.set(ended.message());
            }
        }
        if (!arrived.isEmpty()) {
            epochs.set(new Epochs(runId, List.copyOf(arrived)));
        }
        TrainingSnapshot snapshot = update.snapshot();
        // decision: while a run asked for has not begun, the snapshot still shows the run it
        // replaces, ending STOPPED; that end is not shown, or a playing lesson would stop.
        if (snapshot.runId() == runId && pendingStarts == 0) {
            state.set(snapshot.state());
            epoch.set(snapshot.epoch());
        }
        PredictionSnapshot predictions = update.predictions();
        if (predictions != null && predictions.runId() == runId) {
            weights.set(new Weights(runId, predictions.epoch(), predictions.spec(), predictions.weights()));
        }
        requestWeightsIfDue(snapshot);
    }

    private void requestWeightsIfDue(TrainingSnapshot snapshot) {
        if (runId == 0 || snapshot.runId() != runId || bridge.isPredictionInFlight()) {
            return;
        }
        long now = System.nanoTime();
        boolean moved = snapshot.step() != lastRequestedStep;
        if (!(weightsWanted || moved) || now - lastRequestNanos < WEIGHTS_INTERVAL_NANOS) {
            return;
        }
        if (bridge.requestPredictions(WEIGHTS_ONLY)) {
            weightsWanted = false;
            lastRequestedStep = snapshot.step();
            lastRequestNanos = now;
        }
    }
}

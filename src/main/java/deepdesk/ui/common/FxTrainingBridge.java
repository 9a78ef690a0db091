package deepdesk.ui.common;

import deepdesk.core.training.PredictionRequest;
import deepdesk.core.training.PredictionSnapshot;
import deepdesk.core.training.TrainingEvent;
import deepdesk.core.training.TrainingListener;
import deepdesk.core.training.TrainingService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Adapts the training service to the FX thread. The training thread only appends its immutable
 * events to a queue; a {@link Timeline} on the FX thread drains the queue, reads the service's
 * latest snapshot and the newest prediction snapshot, and hands all of it to the view model in
 * one {@link TrainingUpdate}. Training never calls into JavaFX and the FX thread never waits for
 * training.
 *
 * <p>Prediction snapshots are requested through {@link #requestPredictions}: at most one is in
 * flight, and when several arrive between two ticks only the newest is delivered.
 *
 * <p>Threading: create, {@link #start}, {@link #stop}, {@link #drain} and
 * {@link #requestPredictions} on the FX thread; the listener it registers runs on the training
 * thread and only touches thread-safe queues.
 */
public final class FxTrainingBridge {

    /** How often the timeline drains, in updates per second. */
    public static final int UPDATES_PER_SECOND = 30;

    private final TrainingService service;
    private final Function<PredictionRequest, CompletableFuture<PredictionSnapshot>> predictor;
    private final Consumer<TrainingUpdate> sink;
    private final ConcurrentLinkedQueue<TrainingEvent> events = new ConcurrentLinkedQueue<>();
    private final AtomicReference<PredictionSnapshot> newestPredictions = new AtomicReference<>();
    private final AtomicBoolean predictionInFlight = new AtomicBoolean();
    private final TrainingListener listener = events::add;
    private Timeline timeline;
    private long updates;

    /**
     * Creates the bridge and starts collecting events; the timer starts with {@link #start}.
     *
     * @param service the training service to watch
     * @param sink    receives every update, on the FX thread
     */
    public FxTrainingBridge(TrainingService service, Consumer<TrainingUpdate> sink) {
        this(service, service::requestPredictions, sink);
    }

    /** Creates the bridge with another source of prediction snapshots (for tests). */
    FxTrainingBridge(TrainingService service,
                     Function<PredictionRequest, CompletableFuture<PredictionSnapshot>> predictor,
                     Consumer<TrainingUpdate> sink) {
        this.service = Objects.requireNonNull(service, "service");
        this.predictor = Objects.requireNonNull(predictor, "predictor");
        this.sink = Objects.requireNonNull(sink, "sink");
        service.addListener(listener);
    }

    /** Starts draining on the timer (when the view becomes visible). */
    public void start() {
        if (timeline == null) {
            // decision: created on first use so the bridge can be built and drained in tests
            // without a running FX toolkit.
            timeline = new Timeline(new KeyFrame(Duration.millis(1000.0 / UPDATES_PER_SECOND), e -> drain()));
            timeline.setCycleCount(Animation.INDEFINITE);
        }
        timeline.play();
    }

    /** Stops the timer (when the view is hidden); events keep queueing until the next drain. */
    public void stop() {
        if (timeline != null) {
            timeline.stop();
        }
    }

    /** Whether the timer is running. */
    public boolean isRunning() {
        return timeline != null && timeline.getStatus() == Animation.Status.RUNNING;
    }

    /** Stops the timer and stops listening to the service for good. */
    public void dispose() {
        stop();
        service.removeListener(listener);
        events.clear();
    }

    /**
     * Takes everything queued since the last drain and hands it to the sink in one call. The
     * timer calls this; tests call it directly.
     */
    public void drain() {
        List<TrainingEvent> batch = new ArrayList<>();
        TrainingEvent event;
        while ((event = events.poll()) != null) {
            batch.add(event);
        }
        PredictionSnapshot predictions = newestPredictions.getAndSet(null);
        updates++;
        sink.accept(new TrainingUpdate(batch, service.latestSnapshot(), predictions));
    }

    /** How many updates the sink has received. */
    public long updateCount() {
        return updates;
    }

    /** Whether a prediction snapshot has been requested and has not arrived yet. */
    public boolean isPredictionInFlight() {
        return predictionInFlight.get();
    }

    /**
     * Asks for a prediction snapshot, unless one is already in flight. The snapshot is computed
     * off the FX thread and delivered with the next update.
     *
     * @return whether the request was sent
     */
    public boolean requestPredictions(PredictionRequest request) {
        if (!predictionInFlight.compareAndSet(false, true)) {
            return false;
        }
        predictor.apply(request).whenComplete((snapshot, failure) -> {
            if (snapshot != null) {
                newestPredictions.set(snapshot);
            }
            predictionInFlight.set(false);
        });
        return true;
    }
}

package deepdesk.core.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one training at a time on its own daemon thread and lets any thread watch and steer it.
 *
 * <p>States: {@link TrainingState#IDLE} until the first run; a run is {@code RUNNING} or
 * {@code PAUSED} and ends {@code FINISHED}, {@code STOPPED}, {@code DIVERGED} or {@code FAILED}.
 * Commands (start, pause, resume, step a batch, step an epoch, stop, reset, change the learning
 * rate, shut down) are queued and carried out by the training thread between batches, in the
 * order they were given; each returns a future that completes with the state once the command has
 * taken effect. Pausing and stepping are states of the loop: the thread is never suspended, and
 * cancellation is cooperative between batches.
 *
 * <p>Events ({@link TrainingEvent}) are immutable and hold copied numbers. Listeners are called on
 * the training thread while the service holds no lock; one that throws is logged and training
 * goes on. Views that pull read {@link #latestSnapshot()} and {@link #state()} without blocking.
 *
 * <p>Threading: thread-safe. The training thread alone touches the {@link Trainer} and its
 * network; prediction snapshots are computed on a second thread from a copy of the weights.
 */
public final class TrainingService implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TrainingService.class.getName());
    private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L / 60;

    /** A queued command and the future of whoever gave it. */
    private record Command(Runnable action, CompletableFuture<?> future) {
    }

    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
    private final RunHistory history = new RunHistory();
    private final PredictionSnapshotter snapshotter;
    private final Thread worker;
    private final Object admission = new Object();
    private boolean accepting = true;
    private CompletableFuture<TrainingState> shutdownFuture;
    private volatile TrainingSnapshot latest = TrainingSnapshot.NONE;

    // Owned by the training thread.
    private TrainingRun trainer;
    private TrainingRunFactory factory;
    private volatile ClusterStatus clusterStatus;
    private TrainingState state = TrainingState.IDLE;
    private long runId;
    private int batchesToStep;
    private boolean stepToEpochEnd;
    private final List<CompletableFuture<TrainingState>> stepFutures = new ArrayList<>();
    private long lastProgressNanos;
    private double lastBatchLoss = Double.NaN;
    private boolean shuttingDown;

    /** Creates the service and starts its thread, which waits for a command. */
    public TrainingService() {
        this(new TrainingThreadFactory("deepdesk-training"));
    }

    /** Creates the service with threads from {@code threads} and starts its training thread. */
    public TrainingService(TrainingThreadFactory threads) {
        this.snapshotter = new PredictionSnapshotter(threads);
        this.worker = threads.newThread("deepdesk-training", this::loop);
        this.worker.start();
    }

    // ---------------------------------------------------------------- reads, from any thread

    /** The state as of the last command or batch the training thread handled. */
    public TrainingState state() {
        return latest.state();
    }

    /** The latest snapshot; never blocks. */
    public TrainingSnapshot latestSnapshot() {
        return latest;
    }

    /** Every run so far. */
    public RunHistory history() {
        return history;
    }

    /** Adds a listener; it receives events from the next one on. */
    public void addListener(TrainingListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener. */
    public void removeListener(TrainingListener listener) {
        listeners.remove(listener);
    }

    // ---------------------------------------------------------------- commands, from any thread

    /**
     * Starts a new run that trains right away. A run still in progress ends {@code STOPPED} first.
     *
     * @throws IllegalArgumentException at once when the model does not fit the data
     */
    public CompletableFuture<TrainingState> start(TrainingData data, TrainingConfig config) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(config, "config");
        LossTargets.check(config.model(), data.train());
        return start(c -> new Trainer(c, data), config);
    }

    /**
     * Starts a new run made by {@code runs} (for example one whose batches are computed on a
     * cluster) that trains right away. A run still in progress ends {@code STOPPED} first. The
     * factory is called on the training thread, and again by {@link #reset()}.
     */
    public CompletableFuture<TrainingState> start(TrainingRunFactory runs, TrainingConfig config) {
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(config, "config");
        return submit(future -> {
            endActiveRun("replaced by a new run");
            beginRun(runs, config, TrainingState.RUNNING, future);
        });
    }

    /**
     * Where the current run computes: {@code null} for a local run or before any run, else the
     * cluster's status as of its last round. Never blocks.
     */
    public ClusterStatus clusterStatus() {
        return clusterStatus;
    }

    /**
     * Replaces the history with runs saved earlier (a project being opened). A run in progress
     * ends {@code STOPPED} first; later runs are numbered after the highest restored id.
     */
    public CompletableFuture<TrainingState> restore(List<RunRecord> runs) {
        List<RunRecord> saved = List.copyOf(runs);
        return submit(future -> {
            endActiveRun("replaced by an opened project");
            runId = history.replaceAll(saved);
            future.complete(state);
        });
    }

    /** Pauses a running run after its current batch. Does nothing in other states. */
    public CompletableFuture<TrainingState> pause() {
        return submit(future -> {
            cancelSteps();
            if (state == TrainingState.RUNNING) {
                moveTo(TrainingState.PAUSED);
            }
            future.complete(state);
        });
    }

    /** Resumes a paused run. Does nothing in other states. */
    public CompletableFuture<TrainingState> resume() {
        return submit(future -> {
            cancelSteps();
            if (state == TrainingState.PAUSED) {
                moveTo(TrainingState.RUNNING);
            }
            future.complete(state);
        });
    }

    /**
     * Trains one batch and then pauses; a running run pauses after its next batch. The future
     * completes when the batch is done. Does nothing when no run is in progress.
     */
    public CompletableFuture<TrainingState> stepBatch() {
        return submit(future -> {
            if (!prepareStep(future)) {
                return;
            }
            batchesToStep++;
        });
    }

    /**
     * Trains to the end of the current epoch (a whole epoch when between epochs) and then pauses.
     * The future completes when the epoch is done. Does nothing when no run is in progress.
     */
    public CompletableFuture<TrainingState> stepEpoch() {
        return submit(future -> {
            if (!prepareStep(future)) {
                return;
            }
            stepToEpochEnd = true;
        });
    }

    /** Stops the run in progress, keeping its current weights. Does nothing in other states. */
    public CompletableFuture<TrainingState> stop() {
        return submit(future -> {
            endActiveRun(null);
            future.complete(state);
        });
    }

    /**
     * Begins a new run with the last run's data and settings and fresh initial weights from its
     * seed, paused before the first batch. A run in progress ends {@code STOPPED} first. Does
     * nothing before the first run.
     */
    public CompletableFuture<TrainingState> reset() {
        return submit(future -> reset(trainer == null ? 0 : trainer.config().seed(), future));
    }

    /** Like {@link #reset()} with another seed, so the initial weights differ. */
    public CompletableFuture<TrainingState> reset(long seed) {
        return submit(future -> reset(seed, future));
    }

    /**
     * Changes the base learning rate of the run in progress from its next batch on, and records
     * the change in the run's history. Does nothing when no run is in progress.
     *
     * @throws IllegalArgumentException at once when the rate is not a positive number
     */
    public CompletableFuture<TrainingState> setLearningRate(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number, got " + rate);
        }
        return submit(future -> {
            if (state.isActive()) {
                double from = trainer.baseLearningRate();
                trainer.setLearningRate(rate);
                LearningRateChange change = new LearningRateChange(trainer.completedEpochs() + 1,
                        trainer.step(), from, rate);
                history.rateChange(runId, change);
                publish(new TrainingEvent.LearningRateChanged(runId, change));
                updateSnapshot();
            }
            future.complete(state);
        });
    }

    /**
     * Computes a prediction snapshot from a copy of the current weights, off the training thread.
     * Requests that arrive faster than snapshots can be computed are merged (latest wins).
     *
     * @return a future of the snapshot; it fails when there is no run or the inputs do not exist
     */
    public CompletableFuture<PredictionSnapshot> requestPredictions(PredictionRequest request) {
        Objects.requireNonNull(request, "request");
        return submit(future -> {
            if (trainer == null) {
                future.completeExceptionally(new IllegalStateException("no run to predict with"));
                return;
            }
            List<CompletableFuture<PredictionSnapshot>> callers = new ArrayList<>();
            callers.add(future);
            snapshotter.submit(new PredictionSnapshotter.Job(runId, trainer.step(),
                    trainer.completedEpochs(), trainer.config().model(), trainer.data(),
                    trainer.weights(), request, callers));
        });
    }

    /**
     * Stops the run in progress and ends the training thread. Commands given afterwards fail
     * with {@link IllegalStateException}. Calling it twice is harmless.
     */
    public CompletableFuture<TrainingState> shutdown() {
        synchronized (admission) {
            if (shutdownFuture == null) {
                CompletableFuture<TrainingState> future = new CompletableFuture<>();
                shutdownFuture = future;
                if (accepting) {
                    commands.add(new Command(() -> {
                        endActiveRun(null);
                        shuttingDown = true;
                        future.complete(state);
                    }, future));
                } else {
                    future.complete(latest.state());
                }
            }
            return shutdownFuture;
        }
    }

    /**
     * Shuts down and waits up to {@code timeout} for the training thread to end.
     *
     * @return whether it ended in time
     */
    public boolean awaitShutdown(long timeout, TimeUnit unit) throws InterruptedException {
        shutdown();
        worker.join(unit.toMillis(timeout));
        return !worker.isAlive();
    }

    /** Shuts down and waits up to five seconds for the training thread to end. */
    @Override
    public void close() {
        try {
            awaitShutdown(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The training thread, for tests that check its name and daemon flag. */
    Thread trainingThread() {
        return worker;
    }

    private <T> CompletableFuture<T> submit(Consumer<CompletableFuture<T>> action) {
        CompletableFuture<T> future = new CompletableFuture<>();
        synchronized (admission) {
            if (!accepting) {
                future.completeExceptionally(new IllegalStateException("the training service is shut down"));
                return future;
            }
            commands.add(new Command(() -> action.accept(future), future));
        }
        return future;
    }

    // ---------------------------------------------------------------- the training thread

    private void loop() {
        try {
            while (!shuttingDown) {
                Command command = wantsBatch() ? commands.poll() : commands.take();
                if (command != null) {
                    execute(command);
                } else {
                    trainOneBatch();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            if (state.isActive()) {
                endRun(StopReason.FAILED, "the training thread failed: " + e);
            }
            throw e;
        } finally {
            closeAdmission();
            snapshotter.shutdown();
        }
    }

    private void execute(Command command) {
        try {
            command.action().run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "a training command failed", e);
            command.future().completeExceptionally(e);
        }
    }

    private void closeAdmission() {
        List<Command> left = new ArrayList<>();
        synchronized (admission) {
            accepting = false;
            commands.drainTo(left);
        }
        IllegalStateException closed = new IllegalStateException("the training service is shut down");
        for (Command command : left) {
            command.future().completeExceptionally(closed);
        }
        cancelSteps();
    }

    private boolean wantsBatch() {
        return state == TrainingState.RUNNING
                || (state == TrainingState.PAUSED && (batchesToStep > 0 || stepToEpochEnd));
    }

    private void trainOneBatch() {
        boolean stepping = state == TrainingState.PAUSED;
        BatchResult batch;
        EpochMetrics epoch = null;
        try {
            batch = trainer.trainBatch();
            if (!batch.diverged() && batch.endsEpoch()) {
                epoch = trainer.completeEpoch();
            }
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            LOG.log(System.Logger.Level.ERROR, "training run " + runId + " failed", e);
            endRun(StopReason.FAILED, "training failed: " + e);
            return;
        }
        if (batch.diverged()) {
            endRun(StopReason.DIVERGED, trainer.stopMessage());
            return;
        }
        lastBatchLoss = batch.loss();
        long now = System.nanoTime();
        if (stepping || now - lastProgressNanos >= PROGRESS_INTERVAL_NANOS) {
            lastProgressNanos = now;
            publish(new TrainingEvent.BatchProgress(runId, batch.epoch(), batch.batch(),
                    batch.batchesPerEpoch(), batch.step(), batch.loss(), batch.learningRate()));
            updateSnapshot();
        }
        if (epoch != null) {
            history.epoch(runId, epoch, trainer.bestEpoch());
            publish(new TrainingEvent.EpochCompleted(runId, epoch));
            updateSnapshot();
            if (trainer.isDone()) {
                endRun(trainer.stopReason(), trainer.stopMessage());
                return;
            }
            stepToEpochEnd = false;
        }
        if (stepping && batchesToStep > 0) {
            batchesToStep--;
        }
        if (stepping && batchesToStep == 0 && !stepToEpochEnd) {
            cancelSteps();
        }
    }

    private boolean prepareStep(CompletableFuture<TrainingState> future) {
        if (!state.isActive()) {
            future.complete(state);
            return false;
        }
        if (state == TrainingState.RUNNING) {
            moveTo(TrainingState.PAUSED);
        }
        stepFutures.add(future);
        return true;
    }

    /** Drops pending steps and completes their futures with the current state. */
    private void cancelSteps() {
        batchesToStep = 0;
        stepToEpochEnd = false;
        if (!stepFutures.isEmpty()) {
            List<CompletableFuture<TrainingState>> done = new ArrayList<>(stepFutures);
            stepFutures.clear();
            for (CompletableFuture<TrainingState> future : done) {
                future.complete(state);
            }
        }
    }

    private void reset(long seed, CompletableFuture<TrainingState> future) {
        if (trainer == null) {
            future.complete(state);
            return;
        }
        TrainingConfig config = trainer.config().withSeed(seed);
        endActiveRun("reset");
        beginRun(factory, config, TrainingState.PAUSED, future);
    }

    private void beginRun(TrainingRunFactory runs, TrainingConfig config, TrainingState initial,
                          CompletableFuture<TrainingState> future) {
        TrainingRun created;
        try {
            created = runs.create(config);
        } catch (RuntimeException | OutOfMemoryError e) {
            future.completeExceptionally(e);
            return;
        }
        trainer = created;
        factory = runs;
        clusterStatus = created.clusterStatus();
        runId++;
        lastBatchLoss = Double.NaN;
        history.begin(runId, config, initial);
        publish(new TrainingEvent.RunStarted(runId, config, (int) Math.min(Integer.MAX_VALUE, created.trainRows()),
                (int) Math.min(Integer.MAX_VALUE, created.validationRows()), trainer.batchesPerEpoch()));
        moveTo(initial);
        future.complete(state);
    }

    /** Ends the run in progress as stopped; {@code why} replaces the trainer's message if given. */
    private void endActiveRun(String why) {
        if (state.isActive()) {
            trainer.stop();
            String message = why == null ? trainer.stopMessage()
                    : trainer.stopMessage() + " (" + why + ")";
            endRun(StopReason.STOPPED, message);
        }
    }

    private void endRun(StopReason reason, String message) {
        TrainingState from = state;
        state = reason.finalState();
        history.end(runId, reason, message, trainer.bestEpoch(), trainer.bestWeights());
        try {
            trainer.release();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not release run " + runId, e);
        }
        updateSnapshot();
        publish(new TrainingEvent.StateChanged(runId, from, state));
        publish(new TrainingEvent.RunEnded(runId, state, reason, message, trainer.completedEpochs()));
        cancelSteps();
    }

    private void moveTo(TrainingState next) {
        if (next == state) {
            return;
        }
        TrainingState from = state;
        state = next;
        history.state(runId, next);
        updateSnapshot();
        publish(new TrainingEvent.StateChanged(runId, from, next));
    }

    private void updateSnapshot() {
        if (trainer == null) {
            latest = new TrainingSnapshot(0, state, 0, 0, 0, 0, Double.NaN, Double.NaN, null, 0);
            return;
        }
        clusterStatus = trainer.clusterStatus();
        latest = new TrainingSnapshot(runId, state, trainer.completedEpochs(), trainer.batchInEpoch(),
                trainer.batchesPerEpoch(), trainer.step(), lastBatchLoss, trainer.learningRate(),
                trainer.lastEpoch(), trainer.elapsedSeconds());
    }

    private void publish(TrainingEvent event) {
        for (TrainingListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (Throwable e) {
                if (e instanceof VirtualMachineError fatal) {
                    throw fatal;
                }
                LOG.log(System.Logger.Level.WARNING, "a training listener threw; training goes on", e);
            }
        }
    }
}

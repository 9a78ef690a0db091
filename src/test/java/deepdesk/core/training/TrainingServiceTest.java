package deepdesk.core.training;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.prep.PreparedSplit;
import deepdesk.core.training.TrainingEvent.BatchProgress;
import deepdesk.core.training.TrainingEvent.EpochCompleted;
import deepdesk.core.training.TrainingEvent.LearningRateChanged;
import deepdesk.core.training.TrainingEvent.RunEnded;
import deepdesk.core.training.TrainingEvent.RunStarted;
import deepdesk.core.training.TrainingEvent.StateChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingServiceTest {

    private static final TrainingData BLOBS = new TrainingData(SyntheticData.blobs(3, 200, 11),
            SyntheticData.blobs(3, 60, 12));

    private TrainingService service;
    private EventRecorder events;

    @BeforeEach
    void startService() {
        service = new TrainingService();
        events = new EventRecorder();
        service.addListener(events);
    }

    @AfterEach
    void stopService() throws InterruptedException {
        assertTrue(service.awaitShutdown(10, TimeUnit.SECONDS), "the training thread ended");
    }

    private static TrainingConfig config(int maxEpochs) {
        return TrainingConfig.defaults(SyntheticData.classifier(2, 3, 8))
                .withOptimizer(OptimizerConfig.adam(0.01)).withBatchSize(10).withMaxEpochs(maxEpochs)
                .withEarlyStopping(EarlyStopping.OFF).withBackend(BackendKind.JAVA);
    }

    private static TrainingState await(CompletableFuture<TrainingState> future) throws Exception {
        return future.get(20, TimeUnit.SECONDS);
    }

    @Test
    void runsOnANamedDaemonThread() throws Exception {
        Thread thread = service.trainingThread();
        assertTrue(thread.isDaemon());
        assertTrue(thread.getName().startsWith("deepdesk-training-"), thread.getName());
        assertEquals(TrainingState.IDLE, service.state());

        await(service.start(BLOBS, config(3)));
        events.await(RunEnded.class, e -> true);
        assertTrue(events.threads().stream().allMatch(thread.getName()::equals), events.threads().toString());
    }

    @Test
    void runsToTheEndAndRecordsTheRun() throws Exception {
        assertEquals(TrainingState.RUNNING, await(service.start(BLOBS, config(5))));
        RunEnded end = events.await(RunEnded.class, e -> true);

        assertEquals(TrainingState.FINISHED, end.finalState());
        assertEquals(StopReason.MAX_EPOCHS, end.reason());
        assertEquals(5, end.epochs());
        assertEquals(5, events.events(EpochCompleted.class).size());
        List<StateChanged> changes = events.events(StateChanged.class);
        assertEquals(List.of(TrainingState.RUNNING, TrainingState.FINISHED),
                changes.stream().map(StateChanged::to).toList());
        assertEquals(TrainingState.FINISHED, service.state());

        RunRecord record = service.history().run(end.runId()).orElseThrow();
        assertEquals(5, record.epochs().size());
        assertEquals(TrainingState.FINISHED, record.state());
        assertEquals(config(5).model().parameterCount(), record.bestWeights().length);
        assertEquals(record.epochs().get(4), service.latestSnapshot().lastEpoch());
    }

    @Test
    void pauseStepAndResumeAreStatesOfTheLoop() throws Exception {
        long run = runId(await(service.start(BLOBS, config(1000))));
        assertEquals(TrainingState.PAUSED, await(service.pause()));
        long pausedAt = service.latestSnapshot().step();
        int seen = events.size();

        assertEquals(TrainingState.PAUSED, await(service.stepBatch()));
        assertEquals(pausedAt + 1, service.latestSnapshot().step());
        BatchProgress stepped = events.await(BatchProgress.class, e -> true, seen);
        assertEquals(pausedAt + 1, stepped.step());

        assertEquals(TrainingState.PAUSED, await(service.stepEpoch()));
        TrainingSnapshot afterEpoch = service.latestSnapshot();
        assertEquals(0, afterEpoch.batchInEpoch(), "paused at an epoch boundary");
        assertEquals(afterEpoch.epoch(), afterEpoch.lastEpoch().epoch());
        assertEquals(TrainingState.PAUSED, await(service.stepEpoch()));
        assertEquals(afterEpoch.epoch() + 1, service.latestSnapshot().epoch());
        assertEquals(afterEpoch.step() + 20, service.latestSnapshot().step());

        assertEquals(TrainingState.RUNNING, await(service.resume()));
        assertEquals(TrainingState.STOPPED, await(service.stop()));
        assertEquals(List.of(TrainingState.RUNNING, TrainingState.PAUSED, TrainingState.RUNNING,
                TrainingState.STOPPED), events.events(StateChanged.class).stream().map(StateChanged::to).toList());
        assertEquals(run, events.await(RunEnded.class, e -> true).runId());
    }

    @Test
    void stepFromRunningPausesAfterOneMoreBatch() throws Exception {
        await(service.start(BLOBS, config(1000)));
        assertEquals(TrainingState.PAUSED, await(service.stepBatch()));
        long step = service.latestSnapshot().step();
        assertEquals(TrainingState.PAUSED, await(service.pause()));
        assertEquals(step, service.latestSnapshot().step(), "nothing trains while paused");
        await(service.stop());
    }

    @Test
    void commandsThatDoNotApplyChangeNothing() throws Exception {
        assertEquals(TrainingState.IDLE, await(service.pause()));
        assertEquals(TrainingState.IDLE, await(service.resume()));
        assertEquals(TrainingState.IDLE, await(service.stepBatch()));
        assertEquals(TrainingState.IDLE, await(service.stepEpoch()));
        assertEquals(TrainingState.IDLE, await(service.stop()));
        assertEquals(TrainingState.IDLE, await(service.reset()));
        assertEquals(TrainingState.IDLE, await(service.setLearningRate(0.1)));
        assertEquals(0, events.size());

        await(service.start(BLOBS, config(2)));
        events.await(RunEnded.class, e -> true);
        assertEquals(TrainingState.FINISHED, await(service.pause()));
        assertEquals(TrainingState.FINISHED, await(service.stepBatch()));
        assertEquals(TrainingState.FINISHED, await(service.stop()));
        assertEquals(1, events.events(RunEnded.class).size());
    }

    @Test
    void aRunStartedPausedTrainsNothingUntilAStep() throws Exception {
        await(service.start(BLOBS, config(1000)));
        assertEquals(TrainingState.PAUSED, await(service.startPaused(BLOBS, config(1000))));
        RunEnded replaced = events.await(RunEnded.class, e -> true);
        assertEquals(TrainingState.STOPPED, replaced.finalState());
        TrainingSnapshot waiting = service.latestSnapshot();
        assertEquals(replaced.runId() + 1, waiting.runId());
        assertEquals(0, waiting.step(), "a paused start trains no batch");
        assertTrue(events.events(BatchProgress.class).stream().noneMatch(b -> b.runId() == waiting.runId()));

        await(service.stepBatch());
        assertEquals(1, service.latestSnapshot().step());
        assertEquals(TrainingState.PAUSED, service.state());
        await(service.stop());
    }

    @Test
    void resetBeginsAPausedRunWithTheSeedsInitialWeights() throws Exception {
        await(service.start(BLOBS, config(1000)));
        await(service.stepBatch());
        assertEquals(TrainingState.PAUSED, await(service.reset()));
        RunEnded first = events.await(RunEnded.class, e -> true);
        assertEquals(TrainingState.STOPPED, first.finalState());
        TrainingSnapshot snapshot = service.latestSnapshot();
        assertEquals(first.runId() + 1, snapshot.runId());
        assertEquals(0, snapshot.step());
        assertEquals(TrainingState.PAUSED, snapshot.state());

        // The same seed gives the same initial weights, so the same first batch loss.
        await(service.stepBatch());
        await(service.reset());
        await(service.stepBatch());
        List<BatchProgress> batches = events.events(BatchProgress.class);
        assertEquals(batches.get(batches.size() - 2).loss(), batches.get(batches.size() - 1).loss());

        await(service.reset(99));
        await(service.stepBatch());
        batches = events.events(BatchProgress.class);
        assertNotEquals(batches.get(batches.size() - 2).loss(), batches.get(batches.size() - 1).loss());
        assertEquals(4, events.events(RunStarted.class).size());
        assertEquals(3, events.events(RunEnded.class).size());
    }

    @Test
    void learningRateChangesAreRecorded() throws Exception {
        long run = runId(await(service.start(BLOBS, config(1000))));
        await(service.pause());
        assertEquals(TrainingState.PAUSED, await(service.setLearningRate(0.05)));
        await(service.stepBatch());
        assertEquals(0.05, service.latestSnapshot().learningRate());
        LearningRateChanged changed = events.await(LearningRateChanged.class, e -> true);
        assertEquals(0.01, changed.change().from());
        assertEquals(0.05, changed.change().to());
        await(service.stop());
        assertEquals(List.of(changed.change()), service.history().run(run).orElseThrow().rateChanges());
        assertThrows(IllegalArgumentException.class, () -> service.setLearningRate(-1));
    }

    @Test
    void divergenceEndsTheRunDiverged() throws Exception {
        TrainingConfig config = TrainingConfig.defaults(SyntheticData.regressor(3, 8))
                .withOptimizer(OptimizerConfig.sgd(1e4)).withBackend(BackendKind.JAVA);
        await(service.start(new TrainingData(SyntheticData.linear(100, 0.1, 1),
                SyntheticData.linear(20, 0.1, 2)), config));
        RunEnded end = events.await(RunEnded.class, e -> true);
        assertEquals(TrainingState.DIVERGED, end.finalState());
        assertTrue(end.message().contains("the learning rate 10000.0 is probably too high; try 100.0"),
                end.message());
        assertEquals(TrainingState.DIVERGED, service.state());
        for (float w : service.history().run(end.runId()).orElseThrow().bestWeights()) {
            assertTrue(Float.isFinite(w));
        }
    }

    @Test
    void anUnexpectedErrorEndsTheRunFailedAndTheServiceGoesOn() throws Exception {
        PreparedSplit good = BLOBS.train();
        int[] labels = good.labels().clone();
        labels[0] = 7;
        PreparedSplit broken = new PreparedSplit(good.features(), good.rows(), good.width(), good.targets(),
                1, labels, 3);
        await(service.start(new TrainingData(broken, BLOBS.validation()), config(3)));
        RunEnded end = events.await(RunEnded.class, e -> true);
        assertEquals(TrainingState.FAILED, end.finalState());
        assertTrue(end.message().startsWith("training failed: "), end.message());

        await(service.start(BLOBS, config(2)));
        assertEquals(TrainingState.FINISHED, events.await(RunEnded.class, e -> e.runId() == 2).finalState());
    }

    @Test
    void aListenerThatThrowsDoesNotStopTraining() throws Exception {
        service.addListener(event -> {
            throw new IllegalStateException("a broken view");
        });
        await(service.start(BLOBS, config(3)));
        assertEquals(TrainingState.FINISHED, events.await(RunEnded.class, e -> true).finalState());
        assertEquals(3, events.events(EpochCompleted.class).size());
    }

    @Test
    void aListenerMayGiveCommands() throws Exception {
        service.addListener(event -> {
            if (event instanceof EpochCompleted e && e.metrics().epoch() == 2) {
                service.pause();
            }
        });
        await(service.start(BLOBS, config(1000)));
        events.await(StateChanged.class, e -> e.to() == TrainingState.PAUSED);
        assertEquals(TrainingState.PAUSED, service.state());
        assertEquals(2, service.latestSnapshot().epoch());
        assertEquals(0, service.latestSnapshot().batchInEpoch());
    }

    @Test
    void startingWhileRunningStopsTheOldRunFirst() throws Exception {
        await(service.start(BLOBS, config(1000)));
        await(service.start(BLOBS, config(2)));
        RunEnded first = events.await(RunEnded.class, e -> e.runId() == 1);
        assertEquals(TrainingState.STOPPED, first.finalState());
        assertTrue(first.message().endsWith("(replaced by a new run)"), first.message());
        assertEquals(TrainingState.FINISHED, events.await(RunEnded.class, e -> e.runId() == 2).finalState());
    }

    @Test
    void batchProgressIsSampled() throws Exception {
        long begin = System.nanoTime();
        await(service.start(BLOBS, config(100_000)));
        events.await(EpochCompleted.class, e -> e.metrics().elapsedSeconds() > 1.0);
        await(service.stop());
        double seconds = (System.nanoTime() - begin) / 1e9;
        TrainingSnapshot snapshot = service.latestSnapshot();
        int progress = events.events(BatchProgress.class).size();
        assertTrue(snapshot.step() > 10L * progress, "steps " + snapshot.step() + ", progress " + progress);
        assertTrue(progress <= 60 * seconds + 2, "progress events " + progress + " in " + seconds + " s");
    }

    @Test
    void predictionSnapshotsComeFromACopyOfTheWeights() throws Exception {
        await(service.start(BLOBS, config(1000)));
        await(service.pause());
        await(service.stepEpoch());
        EpochMetrics epoch = service.latestSnapshot().lastEpoch();

        PredictionSnapshot snapshot = service.requestPredictions(PredictionRequest.grid(0, 1, 20))
                .get(20, TimeUnit.SECONDS);
        assertEquals(epoch.epoch(), snapshot.epoch());
        assertEquals(400 * 3, snapshot.gridOutputs().length);
        assertEquals(1, snapshot.hiddenLayerCount());
        assertEquals(8, snapshot.neuronCount(0));
        for (int cell = 0; cell < 400; cell++) {
            float sum = snapshot.gridOutput(cell, 0) + snapshot.gridOutput(cell, 1) + snapshot.gridOutput(cell, 2);
            assertEquals(1f, sum, 1e-4f, "softmax outputs sum to 1");
        }
        for (float a : snapshot.neuronActivation(0, 3)) {
            assertTrue(a >= 0, "ReLU activations are never negative");
        }
        // The validation outputs give the accuracy the epoch reported.
        float[] outputs = snapshot.validationOutputs();
        PreparedSplit validation = BLOBS.validation();
        int correct = 0;
        for (int r = 0; r < validation.rows(); r++) {
            int best = 0;
            for (int k = 1; k < 3; k++) {
                if (outputs[r * 3 + k] > outputs[r * 3 + best]) {
                    best = k;
                }
            }
            correct += best == validation.labels()[r] ? 1 : 0;
        }
        assertEquals(epoch.validation().accuracy(), correct / 60.0, 1e-12);

        assertTrue(snapshot.xMin() < -2 && snapshot.xMax() > 2, "the grid spans the training data");
        await(service.stepBatch());
        PredictionSnapshot later = service.requestPredictions(PredictionRequest.grid(0, 1, 20))
                .get(20, TimeUnit.SECONDS);
        assertEquals(snapshot.step() + 1, later.step());
        assertFalse(java.util.Arrays.equals(snapshot.gridOutputs(), later.gridOutputs()),
                "a batch later the weights differ");
    }

    @Test
    void aReferenceRowHoldsTheOtherInputsWhereTheUserPutsThem() throws Exception {
        TrainingData linear = new TrainingData(SyntheticData.linear(300, 0.05, 21),
                SyntheticData.linear(60, 0.05, 22));
        TrainingConfig regression = TrainingConfig.defaults(SyntheticData.regressor(3))
                .withOptimizer(OptimizerConfig.adam(0.05)).withBatchSize(10).withMaxEpochs(1000)
                .withEarlyStopping(EarlyStopping.OFF).withBackend(BackendKind.JAVA);
        await(service.start(linear, regression));
        await(service.pause());
        for (int i = 0; i < 30; i++) {
            await(service.stepEpoch());
        }
        PredictionRequest atMedian = PredictionRequest.grid(0, 1, 10);
        PredictionSnapshot medianGrid = service.requestPredictions(atMedian).get(20, TimeUnit.SECONDS);
        PredictionSnapshot sameGrid = service.requestPredictions(
                atMedian.withReferenceRow(List.of(Double.NaN, Double.NaN, Double.NaN))).get(20, TimeUnit.SECONDS);
        assertTrue(java.util.Arrays.equals(medianGrid.gridOutputs(), sameGrid.gridOutputs()),
                "NaN entries hold the inputs at their medians");

        PredictionSnapshot low = service.requestPredictions(
                atMedian.withReferenceRow(List.of(0.0, 0.0, -2.0))).get(20, TimeUnit.SECONDS);
        PredictionSnapshot high = service.requestPredictions(
                atMedian.withReferenceRow(List.of(0.0, 0.0, 2.0))).get(20, TimeUnit.SECONDS);
        assertEquals(medianGrid.step(), high.step(), "the same weights");
        for (int cell = 0; cell < 100; cell++) {
            // y = 2 x0 - x1 + 0.5 x2: moving x2 from -2 to 2 lifts every cell by about 2.
            assertEquals(2.0, high.gridOutput(cell, 0) - low.gridOutput(cell, 0), 0.3, "cell " + cell);
        }
        float[] weights = high.weights();
        assertEquals(new deepdesk.core.engine.ParameterLayout(high.spec()).size(), weights.length);
        assertEquals(2.0, weights[0], 0.3, "the weight of x0 is the one learned");

        ExecutionException bad = assertThrows(ExecutionException.class, () -> service.requestPredictions(
                atMedian.withReferenceRow(List.of(1.0))).get(20, TimeUnit.SECONDS));
        assertInstanceOf(IllegalArgumentException.class, bad.getCause());
    }

    @Test
    void burstsOfPredictionRequestsAreMerged() throws Exception {
        await(service.start(BLOBS, config(1000)));
        List<CompletableFuture<PredictionSnapshot>> futures = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            futures.add(service.requestPredictions(PredictionRequest.grid(0, 1, 30)));
        }
        Set<PredictionSnapshot> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (CompletableFuture<PredictionSnapshot> future : futures) {
            distinct.add(future.get(20, TimeUnit.SECONDS));
        }
        assertTrue(distinct.size() < 50, distinct.size() + " snapshots computed for 100 requests");

        ExecutionException bad = assertThrows(ExecutionException.class,
                () -> service.requestPredictions(PredictionRequest.grid(0, 5, 10)).get(20, TimeUnit.SECONDS));
        assertInstanceOf(IllegalArgumentException.class, bad.getCause());
    }

    @Test
    void commandsAfterShutdownFail() throws Exception {
        await(service.start(BLOBS, config(1000)));
        assertEquals(TrainingState.STOPPED, await(service.shutdown()));
        assertTrue(service.awaitShutdown(10, TimeUnit.SECONDS));
        ExecutionException e = assertThrows(ExecutionException.class, () -> await(service.resume()));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals(1, events.events(RunEnded.class).size());
    }

    @Test
    void aModelThatDoesNotFitIsRejectedAtOnce() {
        assertThrows(IllegalArgumentException.class,
                () -> service.start(BLOBS, config(3).withModel(SyntheticData.classifier(2, 5, 4))));
    }

    private long runId(TrainingState ignored) {
        return service.latestSnapshot().runId();
    }

}

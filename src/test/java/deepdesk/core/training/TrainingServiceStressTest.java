package deepdesk.core.training;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.training.TrainingEvent.RunEnded;
import deepdesk.core.training.TrainingEvent.RunStarted;
import deepdesk.core.training.TrainingEvent.StateChanged;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A thousand random commands from two threads: no deadlock, no lost event, no exception. */
class TrainingServiceStressTest {

    private static final int COMMANDS_PER_THREAD = 500;
    private static final TrainingData DATA = new TrainingData(SyntheticData.blobs(3, 60, 21),
            SyntheticData.blobs(3, 30, 22));

    @Test
    void randomCommandsFromTwoThreads() throws Exception {
        TrainingService service = new TrainingService();
        EventRecorder events = new EventRecorder();
        service.addListener(events);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> drivers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            long seed = 100 + t;
            Thread driver = new Thread(() -> drive(service, seed, go, failures), "driver-" + t);
            drivers.add(driver);
            driver.start();
        }
        go.countDown();
        for (Thread driver : drivers) {
            driver.join(TimeUnit.MINUTES.toMillis(3));
            assertFalse(driver.isAlive(), driver.getName() + " is stuck: a deadlock");
        }
        assertTrue(service.awaitShutdown(20, TimeUnit.SECONDS), "the training thread ended");
        assertEquals(List.of(), failures);

        List<TrainingEvent> all = events.events();
        String trainingThread = service.trainingThread().getName();
        assertTrue(events.threads().stream().allMatch(trainingThread::equals));

        Map<Long, Integer> ends = new HashMap<>();
        Set<Long> started = new HashSet<>();
        Set<Long> ended = new HashSet<>();
        TrainingState state = TrainingState.IDLE;
        long lastStarted = 0;
        for (TrainingEvent event : all) {
            assertFalse(ended.contains(event.runId()), "event after the end of its run: " + event);
            if (event instanceof RunStarted s) {
                assertEquals(lastStarted + 1, s.runId(), "run ids count up");
                lastStarted = s.runId();
                started.add(s.runId());
            } else {
                assertTrue(started.contains(event.runId()), "event of a run that never started: " + event);
            }
            if (event instanceof StateChanged change) {
                assertEquals(state, change.from(), "state changes form one chain");
                state = change.to();
            }
            if (event instanceof RunEnded end) {
                ends.merge(end.runId(), 1, Integer::sum);
                ended.add(end.runId());
                assertEquals(state, end.finalState());
            }
        }
        assertTrue(started.size() > 10, "only " + started.size() + " runs started");
        for (long run : started) {
            assertEquals(1, ends.getOrDefault(run, 0), "terminal events of run " + run);
        }
        assertEquals(started.size(), service.history().size());
        for (RunRecord record : service.history().runs()) {
            assertTrue(record.isEnded(), "run " + record.id() + " is " + record.state());
        }
    }

    private static void drive(TrainingService service, long seed, CountDownLatch go, List<Throwable> failures) {
        Random random = new Random(seed);
        try {
            go.await();
            for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
                CompletableFuture<?> future = switch (random.nextInt(9)) {
                    case 0 -> service.start(DATA, config(1 + random.nextInt(5), random.nextLong()));
                    case 1 -> service.pause();
                    case 2 -> service.resume();
                    case 3 -> service.stepBatch();
                    case 4 -> service.stepEpoch();
                    case 5 -> service.stop();
                    case 6 -> service.reset();
                    case 7 -> service.setLearningRate(0.001 + random.nextDouble() / 10);
                    default -> service.requestPredictions(PredictionRequest.grid(0, 1, 8))
                            .exceptionally(e -> {
                                // Before the first run there is nothing to predict with.
                                if (!(e.getCause() instanceof IllegalStateException)) {
                                    failures.add(e);
                                }
                                return null;
                            });
                };
                future.get(30, TimeUnit.SECONDS);
            }
        } catch (Throwable e) {
            failures.add(e);
        }
    }

    private static TrainingConfig config(int maxEpochs, long seed) {
        return TrainingConfig.defaults(SyntheticData.classifier(2, 3, 4))
                .withOptimizer(OptimizerConfig.adam(0.01)).withBatchSize(10).withMaxEpochs(maxEpochs)
                .withSeed(seed).withEarlyStopping(EarlyStopping.OFF).withBackend(BackendKind.JAVA);
    }
}

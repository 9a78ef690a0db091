package deepdesk.ui.common;

import deepdesk.core.data.Dataset;
import deepdesk.core.data.synthetic.SyntheticSettings;
import deepdesk.core.data.synthetic.SyntheticShape;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.prep.Preparation;
import deepdesk.core.training.PredictionRequest;
import deepdesk.core.training.PredictionSnapshot;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingData;
import deepdesk.core.training.TrainingEvent;
import deepdesk.core.training.TrainingService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FxTrainingBridgeTest {

    private final TrainingService service = new TrainingService();
    private final List<TrainingUpdate> updates = new ArrayList<>();
    private final FxTrainingBridge bridge = new FxTrainingBridge(service, updates::add);

    @AfterEach
    void shutDown() throws InterruptedException {
        bridge.dispose();
        service.awaitShutdown(5, TimeUnit.SECONDS);
    }

    private static TrainingData data() {
        Dataset spiral = SyntheticShape.SPIRAL.generate(new SyntheticSettings(200, 0.1, 3));
        PreparedData prepared = Preparation.prepare(spiral, DatasetRoles.suggest(spiral, "label"),
                PreparationSettings.defaults());
        return new TrainingData(prepared.train(), prepared.validation());
    }

    private static TrainingConfig config(TrainingData data) {
        return TrainingConfig.defaults(ModelSpec.forClassification(data.train().width(), 2, List.of()))
                .withMaxEpochs(5);
    }

    @Test
    void aDrainHandsEverythingSinceTheLastOneOverInOneCallInOrder() throws Exception {
        TrainingData data = data();
        service.start(data, config(data)).get(5, TimeUnit.SECONDS);
        service.stop().get(5, TimeUnit.SECONDS);
        bridge.drain();
        assertEquals(1, updates.size());
        List<TrainingEvent> events = updates.get(0).events();
        assertInstanceOf(TrainingEvent.RunStarted.class, events.get(0));
        assertInstanceOf(TrainingEvent.RunEnded.class, events.get(events.size() - 1));
        assertEquals(service.latestSnapshot(), updates.get(0).snapshot());
        bridge.drain();
        assertEquals(2, updates.size());
        assertTrue(updates.get(1).events().isEmpty());
        assertEquals(2, bridge.updateCount());
    }

    @Test
    void onlyOnePredictionIsInFlightAndOnlyTheNewestIsDeliveredOnce() throws Exception {
        TrainingData data = data();
        service.start(data, config(data)).get(5, TimeUnit.SECONDS);
        service.pause().get(5, TimeUnit.SECONDS);
        PredictionSnapshot real = service.requestPredictions(PredictionRequest.grid(0, 1, 10)).get(5, TimeUnit.SECONDS);
        List<CompletableFuture<PredictionSnapshot>> asked = new ArrayList<>();
        FxTrainingBridge controlled = new FxTrainingBridge(service, request -> {
            CompletableFuture<PredictionSnapshot> future = new CompletableFuture<>();
            asked.add(future);
            return future;
        }, updates::add);
        try {
            assertTrue(controlled.requestPredictions(PredictionRequest.grid(0, 1, 10)));
            assertFalse(controlled.requestPredictions(PredictionRequest.grid(0, 1, 20)));
            assertEquals(1, asked.size());
            controlled.drain();
            assertNull(updates.get(updates.size() - 1).predictions());
            asked.get(0).complete(real);
            assertFalse(controlled.isPredictionInFlight());
            controlled.drain();
            assertSame(real, updates.get(updates.size() - 1).predictions());
            controlled.drain();
            assertNull(updates.get(updates.size() - 1).predictions());
            assertTrue(controlled.requestPredictions(PredictionRequest.grid(0, 1, 10)));
            asked.get(1).completeExceptionally(new IllegalStateException("no run"));
            assertFalse(controlled.isPredictionInFlight());
        } finally {
            controlled.dispose();
        }
    }

    @Test
    void afterDisposeNoMoreEventsQueue() throws Exception {
        bridge.dispose();
        TrainingData data = data();
        service.start(data, config(data)).get(5, TimeUnit.SECONDS);
        service.stop().get(5, TimeUnit.SECONDS);
        bridge.drain();
        assertTrue(updates.get(0).events().isEmpty());
    }
}

package deepdesk.core.training;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import deepdesk.core.engine.BackendKind;
import deepdesk.core.model.OptimizerConfig;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunHistoryTest {

    private static final TrainingData BLOBS = new TrainingData(SyntheticData.blobs(3, 90, 31),
            SyntheticData.blobs(3, 30, 32));

    @Test
    void recordsAreCopiesThatSurviveJson() throws Exception {
        TrainingConfig config = TrainingConfig.defaults(SyntheticData.classifier(2, 3, 4))
                .withOptimizer(OptimizerConfig.adam(0.01)).withMaxEpochs(4).withBackend(BackendKind.JAVA);
        RunRecord record;
        try (TrainingService service = new TrainingService()) {
            EventRecorder events = new EventRecorder();
            service.addListener(events);
            service.start(BLOBS, config).get(20, TimeUnit.SECONDS);
            events.await(TrainingEvent.RunEnded.class, e -> true);
            service.setLearningRate(0.5).get(20, TimeUnit.SECONDS);
            record = service.history().runs().get(0);
            assertNotSame(record.bestWeights(), record.bestWeights(), "weights are handed out as copies");
        }
        assertEquals(4, record.epochs().size());
        assertTrue(record.rateChanges().isEmpty(), "a finished run takes no rate changes");
        assertEquals(record.epochs().get(record.bestEpoch() - 1), record.best());

        ObjectMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
        String json = mapper.writeValueAsString(record);
        RunRecord read = mapper.readValue(json, RunRecord.class);
        assertEquals(record.config(), read.config());
        assertEquals(record.epochs(), read.epochs());
        assertEquals(record.state(), read.state());
        assertEquals(record.message(), read.message());
        assertArrayEquals(record.bestWeights(), read.bestWeights());
        assertEquals(record.epochs().get(0).validation().classCounts(),
                read.epochs().get(0).validation().classCounts());
    }

    @Test
    void inProgressRecordsHaveNoWeightsYet() {
        RunHistory history = new RunHistory();
        TrainingConfig config = TrainingConfig.defaults(SyntheticData.classifier(2, 3, 4));
        history.begin(1, config, TrainingState.RUNNING);
        RunRecord record = history.run(1).orElseThrow();
        assertNull(record.bestWeights());
        assertNull(record.reason());
        assertEquals(TrainingState.RUNNING, record.state());
        history.end(1, StopReason.STOPPED, "stopped", 0, new float[] {1f});
        assertEquals(TrainingState.STOPPED, history.run(1).orElseThrow().state());
        assertEquals(1, history.size());
    }
}

package deepdesk.core.training;

import deepdesk.core.common.SettingDocs;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingConfigTest {

    @Test
    void everySettingIsDocumentedWithItsDefault() {
        assertTrue(SettingDocs.isAvailable(), "the build step that collects the docs ran");
        for (Class<? extends Record> type : java.util.List.of(TrainingConfig.class, EarlyStopping.class)) {
            for (RecordComponent component : type.getRecordComponents()) {
                String text = SettingDocs.describe(type, component.getName());
                assertTrue(text.length() > 20, type.getSimpleName() + "." + component.getName() + ": " + text);
                if (!component.getName().equals("model")) {
                    assertTrue(text.contains("Default"), type.getSimpleName() + "." + component.getName()
                            + " states its default: " + text);
                }
            }
        }
    }

    @Test
    void defaultsAreWhatTheDocsSay() {
        TrainingConfig config = TrainingConfig.defaults(SyntheticData.classifier(2, 3, 4));
        assertEquals(0.001, config.optimizer().learningRate());
        assertEquals(32, config.batchSize());
        assertEquals(200, config.maxEpochs());
        assertEquals(40, config.earlyStopping().patience());
        assertEquals(1, config.seed());
        assertEquals(0, config.inputNoise());
    }

    @Test
    void outOfRangeSettingsAreRejected() {
        TrainingConfig config = TrainingConfig.defaults(SyntheticData.classifier(2, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> config.withBatchSize(0));
        assertThrows(IllegalArgumentException.class, () -> config.withMaxEpochs(0));
        assertThrows(IllegalArgumentException.class, () -> config.withTargetLoss(-1));
        assertThrows(IllegalArgumentException.class, () -> config.withInputNoise(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new EarlyStopping(-1, 0));
    }
}

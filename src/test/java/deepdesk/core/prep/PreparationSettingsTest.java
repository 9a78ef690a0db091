package deepdesk.core.prep;

import deepdesk.core.common.SettingDocs;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreparationSettingsTest {

    @Test
    void everySettingHasATooltipThatStatesItsDefault() {
        for (RecordComponent component : PreparationSettings.class.getRecordComponents()) {
            String text = SettingDocs.describe(PreparationSettings.class, component.getName());
            assertTrue(text.contains("Default:"), component.getName() + ": " + text);
        }
    }

    @Test
    void theDefaultsAreThoseDocumented() {
        PreparationSettings defaults = PreparationSettings.defaults();
        assertEquals(MissingValues.MEAN, defaults.missingValues());
        assertEquals(Scaling.Z_SCORE, defaults.scaling());
        assertEquals(CategoricalEncoding.ONE_HOT, defaults.encoding());
        assertEquals(70, defaults.trainPercent());
        assertEquals(15, defaults.validationPercent());
        assertEquals(15, defaults.testPercent());
        assertTrue(defaults.stratify());
        assertEquals(0, defaults.noiseStd());
    }

    @Test
    void badSettingsAreRejected() {
        PreparationSettings defaults = PreparationSettings.defaults();
        assertThrows(IllegalArgumentException.class, () -> defaults.withSplit(70, 20, 20));
        assertThrows(IllegalArgumentException.class, () -> defaults.withSplit(0, 50, 50));
        assertThrows(IllegalArgumentException.class, () -> defaults.withSplit(110, -5, -5));
        assertThrows(IllegalArgumentException.class, () -> defaults.withNoiseStd(-1));
        assertThrows(IllegalArgumentException.class, () -> defaults.withNoiseStd(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> defaults.withMissingValues(MissingValues.CONSTANT, Double.NaN));
        assertNotEquals(defaults, defaults.withSeed(7));
    }
}

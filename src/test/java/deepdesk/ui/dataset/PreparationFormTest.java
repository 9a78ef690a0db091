package deepdesk.ui.dataset;

import deepdesk.core.prep.MissingValues;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.Scaling;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editing the preparation settings: defaults, refused values with reasons, valid edits. */
class PreparationFormTest {

    private final PreparationForm form = new PreparationForm();

    @Test
    void startsWithTheDefaults() {
        assertEquals(PreparationSettings.defaults(), form.settingsProperty().get());
        assertEquals("70", form.trainPercentProperty().get());
        assertNull(form.splitErrorProperty().get());
    }

    @Test
    void aSplitThatDoesNotAddUpIsRefusedWithTheReason() {
        form.trainPercentProperty().set("80");

        assertNull(form.settingsProperty().get());
        assertEquals("The shares add up to 110; they must add up to 100.", form.splitErrorProperty().get());

        form.testPercentProperty().set("5");
        assertNull(form.splitErrorProperty().get());
        assertEquals(80, form.settingsProperty().get().trainPercent());
        assertEquals(5, form.settingsProperty().get().testPercent());
    }

    @Test
    void textWhereANumberBelongsIsRefused() {
        form.seedProperty().set("abc");
        assertNotNull(form.seedErrorProperty().get());
        assertNull(form.settingsProperty().get());

        form.seedProperty().set("7");
        form.noiseStdProperty().set("-0.5");
        assertTrue(form.noiseErrorProperty().get().contains("positive"));
        assertNull(form.settingsProperty().get());
    }

    @Test
    void theConstantMattersOnlyWhenFillingWithAConstant() {
        form.missingConstantProperty().set("x");
        assertNull(form.missingConstantErrorProperty().get());
        assertNotNull(form.settingsProperty().get());

        form.missingValuesProperty().set(MissingValues.CONSTANT);
        assertNotNull(form.missingConstantErrorProperty().get());

        form.missingConstantProperty().set("-1,5");
        assertEquals(-1.5, form.settingsProperty().get().missingConstant());
    }

    @Test
    void choicesAndTogglesReachTheSettings() {
        form.scalingProperty().set(Scaling.MIN_MAX);
        form.squaresProperty().set(true);
        form.noiseStdProperty().set("0.2");

        PreparationSettings settings = form.settingsProperty().get();
        assertEquals(Scaling.MIN_MAX, settings.scaling());
        assertTrue(settings.squares());
        assertEquals(0.2, settings.noiseStd());
    }
}

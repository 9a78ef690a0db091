package deepdesk.ui.learn;

import deepdesk.core.data.ColumnType;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import deepdesk.core.lesson.DescentStep;
import deepdesk.core.lesson.DescentVariant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinearRegressionLessonViewModelTest {

    private final LinearRegressionLessonViewModel model =
            new LinearRegressionLessonViewModel(Runnable::run, Runnable::run);

    @Test
    void startsAtTheOriginWithTheSurfaceAndSixFormulas() {
        DescentStep start = model.currentProperty().get();
        assertEquals(0, start.w());
        assertEquals(0, start.b());
        assertEquals(LinearRegressionLessonViewModel.SURFACE_RESOLUTION,
                model.surfaceProperty().get().cols());
        assertEquals(6, model.formulasProperty().get().size());
    }

    @Test
    void aStepMovesThePathAndBackReturns() {
        DescentStep start = model.currentProperty().get();
        model.step();
        DescentStep next = model.currentProperty().get();
        assertEquals(1, next.number());
        assertEquals(start.w() - 0.05 * start.gradW(), next.w(), 1e-5);
        assertEquals(2, model.pathProperty().get().size());
        model.back();
        assertEquals(start, model.currentProperty().get());
    }

    @Test
    void theFormulasCarryTheCurrentNumbers() {
        DescentStep s = new DescentStep(3, 0.5, -1.25, 2.0, 0.4, -0.2);
        List<String> latex = LinearRegressionLessonViewModel.formulas(s, 0.1, 100);
        assertTrue(latex.get(0).endsWith("0.5000\\,x - 1.250"), latex.get(0));
        assertTrue(latex.get(1).contains("\\frac{1}{100}") && latex.get(1).endsWith("= 2.000"));
        assertTrue(latex.get(4).endsWith("= 0.5000 - 0.1000 \\times 0.4000 = 0.4600"), latex.get(4));
        assertTrue(latex.get(5).endsWith("\\left(-0.2000\\right) = -1.230"), latex.get(5));
    }

    @Test
    void aHugeLearningRateDivergesAndStopsPlaying() {
        model.learningRateProperty().set(3);
        model.playingProperty().set(true);
        for (int i = 0; i < 300 && !model.currentProperty().get().diverged(); i++) {
            model.step();
        }
        assertTrue(model.currentProperty().get().diverged());
        assertFalse(model.playingProperty().get());
        assertTrue(model.verdictProperty().get().startsWith("Diverged"));
    }

    @Test
    void draggingTheStartRestartsThePathThere() {
        model.step();
        model.startFrom(1.5, -2);
        assertEquals(1, model.pathProperty().get().size());
        assertEquals(1.5, model.currentProperty().get().w(), 1e-6);
        assertEquals(-2, model.currentProperty().get().b(), 1e-6);
    }

    @Test
    void columnsOfADatasetAreStandardisedAndFitted() {
        double[] x = new double[50];
        double[] y = new double[50];
        for (int i = 0; i < 50; i++) {
            x[i] = 1000 + i * 10;
            y[i] = i % 7 == 0 ? Double.NaN : 3 * x[i];
        }
        Dataset data = new Dataset("d", List.of(new NumericColumn("weight", ColumnType.NUMERIC, x),
                new NumericColumn("price", ColumnType.NUMERIC, y)));
        model.useColumns(data, "weight", "price");
        LessonPoints p = model.pointsProperty().get();
        assertEquals(42, p.xs().length);
        assertEquals("weight (standardised)", p.xName());
        assertEquals(1.0, model.surfaceProperty().get().bestW(), 1e-4);
        assertThrows(IllegalArgumentException.class, () -> model.useColumns(data, "weight", "nothing"));
    }

    @Test
    void verdictsNameWhatHappens() {
        List<DescentStep> slow = List.of(new DescentStep(0, 0, 0, 1.0, 1, 1),
                new DescentStep(1, 0, 0, 0.99999, 1, 1), new DescentStep(2, 0, 0, 0.99998, 1, 1));
        assertTrue(LinearRegressionLessonViewModel.judge(slow).startsWith("Slow"));
        List<DescentStep> zigzag = List.of(new DescentStep(0, 0, 0, 1.0, 1, 1),
                new DescentStep(1, 0, 0, 0.8, -1, 1), new DescentStep(2, 0, 0, 0.6, 1, 1));
        assertTrue(LinearRegressionLessonViewModel.judge(zigzag).startsWith("Oscillating"));
        List<DescentStep> up = List.of(new DescentStep(0, 0, 0, 1.0, 1, 1),
                new DescentStep(1, 0, 0, 2, 1, 1), new DescentStep(2, 0, 0, 4, 1, 1));
        assertNotEquals(LinearRegressionLessonViewModel.judge(up),
                LinearRegressionLessonViewModel.judge(slow));
    }

    @Test
    void settingsRoundTripDataSeedRateVariantAndStart() {
        model.newPoints();
        model.learningRateProperty().set(0.2);
        model.variantProperty().set(DescentVariant.MINI_BATCH);
        model.batchSizeProperty().set(7);
        model.startFrom(-1.5, 2.5);
        model.step();
        model.step();
        Map<String, String> saved = model.settings();
        assertEquals("2", saved.get("data.seed"));

        LinearRegressionLessonViewModel other = new LinearRegressionLessonViewModel(Runnable::run, Runnable::run);
        other.applySettings(saved);

        assertEquals(saved, other.settings());
        assertArrayEquals(model.pointsProperty().get().xs(), other.pointsProperty().get().xs());
        assertEquals(0, other.currentProperty().get().number(), "the path starts again");
        assertEquals(-1.5, other.currentProperty().get().w(), 1e-6);
        assertEquals(2.5, other.currentProperty().get().b(), 1e-6);
        other.step();
        other.step();
        assertEquals(model.currentProperty().get(), other.currentProperty().get(),
                "the same mini-batches are drawn from the same seed");
    }

    @Test
    void pointsFromADatasetTravelInsideTheSettings() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {2, 4.5, 5.5, 8, 10};
        Dataset data = new Dataset("d", List.of(new NumericColumn("a", ColumnType.NUMERIC, x),
                new NumericColumn("b", ColumnType.NUMERIC, y)));
        model.useColumns(data, "a", "b");
        Map<String, String> saved = model.settings();
        assertEquals("points", saved.get("data"));

        LinearRegressionLessonViewModel other = new LinearRegressionLessonViewModel(Runnable::run, Runnable::run);
        other.applySettings(saved);

        assertArrayEquals(model.pointsProperty().get().ys(), other.pointsProperty().get().ys());
        assertEquals("a (standardised)", other.pointsProperty().get().xName());
        assertEquals(saved, other.settings());
    }

    @Test
    void aBadSettingIsNamedAndChangesNothing() {
        Map<String, String> saved = model.settings();
        Map<String, String> bad = new LinkedHashMap<>(saved);
        bad.put("learning-rate", "3");
        bad.put("variant", "SIDEWAYS");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.applySettings(bad));
        assertTrue(e.getMessage().contains("variant = \"SIDEWAYS\""), e.getMessage());
        assertEquals(saved, model.settings());
    }
}

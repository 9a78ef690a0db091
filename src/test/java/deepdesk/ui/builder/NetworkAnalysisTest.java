package deepdesk.ui.builder;

import deepdesk.core.model.Activation;
import deepdesk.core.model.Initializer;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.TaskKind;
import deepdesk.ui.common.Workbench;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkAnalysisTest {

    private final Workbench workbench = TestData.workbench();
    private final ModelViewModel model = new ModelViewModel(workbench);

    private NetworkAnalysis analysis() {
        return model.analysisProperty().get();
    }

    private List<String> remarks(AnalysisWarning.Severity severity) {
        return analysis().warnings().stream().filter(w -> w.severity() == severity)
                .map(AnalysisWarning::text).toList();
    }

    private boolean hasRemark(AnalysisWarning.Severity severity, String part) {
        return remarks(severity).stream().anyMatch(t -> t.contains(part));
    }

    @Test
    void eachLayerHasItsShapeAndParameterCountAndTheTotalMatchesTheSpec() {
        TestData.open(workbench, TestData.classes(200, 2), "label", TaskKind.CLASSIFICATION);
        model.applyPreset(Preset.PLAYGROUND);
        List<AnalysisRow> rows = analysis().rows();
        assertEquals(List.of("Input", "Hidden 1", "Hidden 2", "Output"), rows.stream().map(AnalysisRow::layer).toList());
        assertEquals(List.of("N × 2", "N × 4", "N × 2", "N × 1"), rows.stream().map(AnalysisRow::shape).toList());
        assertEquals(List.of(0L, 12L, 10L, 3L), rows.stream().map(AnalysisRow::parameters).toList());
        assertEquals("2×4", rows.get(1).weights());
        assertEquals("W 2×4, b 4", rows.get(1).learnables());
        assertEquals("tanh · loss MSE", rows.get(3).kind());
        assertEquals(25, analysis().totalParameters());
        assertEquals(workbench.trainingConfigProperty().get().model().parameterCount(), analysis().totalParameters());
        model.addLayer();
        assertEquals(5, analysis().rows().size());
        assertEquals(25 + 6, analysis().totalParameters());
        model.setDropout(0, 0.2);
        assertEquals("tanh · dropout 0.2", analysis().rows().get(1).kind());
    }

    @Test
    void oneHotEncodingIsExplained() {
        TestData.open(workbench, TestData.regression(300, 24, false), "y", TaskKind.REGRESSION);
        assertEquals(26, workbench.trainingConfigProperty().get().model().inputWidth());
        assertTrue(hasRemark(AnalysisWarning.Severity.NOTE,
                "26 input features after one-hot encoding: 1 categorical column became 24 features."),
                analysis().warnings().toString());
    }

    @Test
    void aTargetThatLooksLikeClassesWithASquaredLossIsWarnedAbout() {
        TestData.open(workbench, TestData.regression(300, 0, true), "y", TaskKind.REGRESSION);
        assertTrue(hasRemark(AnalysisWarning.Severity.WARNING,
                "The target 'y' has only 3 distinct whole values, like classes, but it is treated as a number"
                        + " and the loss is mean squared error."), analysis().warnings().toString());
        TestData.open(workbench, TestData.regression(300, 0, false), "y", TaskKind.REGRESSION);
        assertFalse(hasRemark(AnalysisWarning.Severity.WARNING, "distinct whole values"));
    }

    @Test
    void unscaledInputsAreWarnedAboutAndScaledOnesAreNot() {
        workbench.preparationSettingsProperty().set(TestData.unscaled());
        TestData.open(workbench, TestData.regression(300, 0, false), "y", TaskKind.REGRESSION);
        assertTrue(hasRemark(AnalysisWarning.Severity.WARNING, "Inputs are not on a common scale: 'weight' ranges"),
                analysis().warnings().toString());
        assertTrue(hasRemark(AnalysisWarning.Severity.WARNING, "choose z-score scaling on the Data screen"));
        workbench.preparationSettingsProperty().set(PreparationSettings.defaults());
        assertFalse(hasRemark(AnalysisWarning.Severity.WARNING, "not on a common scale"),
                analysis().warnings().toString());
    }

    @Test
    void aBigNetworkForTinyDataIsWarnedAbout() {
        TestData.open(workbench, TestData.classes(60, 2), "label", TaskKind.CLASSIFICATION);
        model.applyPreset(Preset.SMALL_MLP);
        assertTrue(remarks(AnalysisWarning.Severity.WARNING).isEmpty(), analysis().warnings().toString());
        model.applyPreset(Preset.DEEP_MLP);
        int trainRows = workbench.preparedProperty().get().train().rows();
        assertTrue(hasRemark(AnalysisWarning.Severity.WARNING, String.format("%,d parameters for %d training rows",
                analysis().totalParameters(), trainRows)), analysis().warnings().toString());
        assertFalse(hasRemark(AnalysisWarning.Severity.WARNING, "very deep"));
        model.addLayer();
        assertTrue(hasRemark(AnalysisWarning.Severity.WARNING, "A very deep network (5 hidden layers)"));
        model.setUnits(0, 300);
        assertTrue(hasRemark(AnalysisWarning.Severity.WARNING, "A very wide layer (300 units)"));
        assertEquals(AnalysisWarning.Severity.WARNING, analysis().warnings().get(0).severity());
    }

    @Test
    void modelProblemsOfTheirOwnAreNamed() {
        TestData.open(workbench, TestData.classes(300, 4), "label", TaskKind.CLASSIFICATION);
        model.applyPreset(Preset.PLAYGROUND);
        assertTrue(hasRemark(AnalysisWarning.Severity.NOTE, "Hidden layer 1 has 4 units for 4 classes")
                || hasRemark(AnalysisWarning.Severity.NOTE, "Hidden layer 2 has 2 units for 4 classes"),
                analysis().warnings().toString());
        model.setActivation(0, Activation.LINEAR);
        model.setActivation(1, Activation.LINEAR);
        assertTrue(hasRemark(AnalysisWarning.Severity.NOTE, "the whole network is still a linear model"));
        model.setInitializer(Initializer.ZEROS);
        assertTrue(hasRemark(AnalysisWarning.Severity.WARNING, "Every weight starts at zero"));
    }

    @Test
    void aBatchLargerThanTheTrainingSplitIsNoted() {
        TestData.open(workbench, TestData.classes(60, 2), "label", TaskKind.CLASSIFICATION);
        model.field("batch-size").textProperty().set("500");
        model.field("batch-size").commit();
        assertTrue(hasRemark(AnalysisWarning.Severity.NOTE, "The batch size 500 is larger than the"));
    }
}

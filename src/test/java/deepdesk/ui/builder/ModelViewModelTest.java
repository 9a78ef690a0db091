package deepdesk.ui.builder;

import deepdesk.core.model.Activation;
import deepdesk.core.model.Initializer;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.LossKind;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerKind;
import deepdesk.core.model.OutputKind;
import deepdesk.core.model.ScheduleKind;
import deepdesk.core.engine.BackendKind;
import deepdesk.core.prep.TaskKind;
import deepdesk.core.training.TrainingConfig;
import deepdesk.ui.common.Workbench;
import deepdesk.ui.common.chart.NetworkPicture;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelViewModelTest {

    private final Workbench workbench = TestData.workbench();
    private final ModelViewModel model = new ModelViewModel(workbench);

    private void openBinary() {
        TestData.open(workbench, TestData.classes(200, 2), "label", TaskKind.CLASSIFICATION);
    }

    private ModelSpec spec() {
        return workbench.trainingConfigProperty().get().model();
    }

    private List<LayerSpec> hidden() {
        return spec().hidden();
    }

    private static List<LayerSpec> tanh(int... units) {
        return Arrays.stream(units).mapToObj(u -> LayerSpec.of(u, Activation.TANH)).toList();
    }

    /** Runs {@code edit}, checks the result, then checks that undo and redo restore both states exactly. */
    private void assertUndoable(Runnable edit, List<LayerSpec> expected) {
        TrainingConfig before = workbench.trainingConfigProperty().get();
        edit.run();
        TrainingConfig after = workbench.trainingConfigProperty().get();
        assertEquals(expected, after.model().hidden());
        assertTrue(model.canUndoProperty().get());
        model.undo();
        assertEquals(before, workbench.trainingConfigProperty().get());
        assertTrue(model.canRedoProperty().get());
        model.redo();
        assertEquals(after, workbench.trainingConfigProperty().get());
        assertFalse(model.canRedoProperty().get());
    }

    @Test
    void withoutDataTheScreenIsEmptyAndNoConfigIsPublished() {
        assertFalse(model.readyProperty().get());
        assertEquals("Open a dataset and choose a target on the Data screen.", model.emptyMessageProperty().get());
        assertNull(workbench.trainingConfigProperty().get());
        assertNull(model.analysisProperty().get());
        openBinary();
        assertTrue(model.readyProperty().get());
        assertEquals(2, spec().inputWidth());
        assertNotNull(model.pictureProperty().get());
        workbench.datasetProperty().set(null);
        assertFalse(model.readyProperty().get());
        assertNull(workbench.trainingConfigProperty().get());
    }

    @Test
    void theOutputAndLossFollowTheTask() {
        TestData.open(workbench, TestData.regression(120, 0, false), "y", TaskKind.REGRESSION);
        assertEquals(OutputKind.LINEAR, spec().output());
        assertEquals(LossKind.MSE, spec().loss());
        assertEquals(1, spec().outputWidth());
        openBinary();
        assertEquals(OutputKind.SIGMOID, spec().output());
        assertEquals(LossKind.BINARY_CROSS_ENTROPY, spec().loss());
        assertEquals(1, spec().outputWidth());
        TestData.open(workbench, TestData.classes(150, 3), "label", TaskKind.CLASSIFICATION);
        assertEquals(OutputKind.SOFTMAX, spec().output());
        assertEquals(LossKind.SOFTMAX_CROSS_ENTROPY, spec().loss());
        assertEquals(3, spec().outputWidth());
        assertEquals(List.of(OutputHead.SOFTMAX_CE), model.heads());
    }

    @Test
    void aChosenLossIsKeptWhereItFitsAndAnUnfittingOneIsRefused() {
        TestData.open(workbench, TestData.regression(120, 0, false), "y", TaskKind.REGRESSION);
        model.setOutputHead(OutputHead.LINEAR_HUBER);
        assertEquals(LossKind.HUBER, spec().loss());
        TestData.open(workbench, TestData.classes(150, 3), "label", TaskKind.CLASSIFICATION);
        assertEquals(LossKind.SOFTMAX_CROSS_ENTROPY, spec().loss());
        TestData.open(workbench, TestData.regression(120, 0, false), "y", TaskKind.REGRESSION);
        assertEquals(LossKind.HUBER, spec().loss());

        TrainingConfig before = workbench.trainingConfigProperty().get();
        model.setOutputHead(OutputHead.SIGMOID_BCE);
        assertEquals(before, workbench.trainingConfigProperty().get());
        model.undo();
        assertEquals(LossKind.MSE, spec().loss());
    }

    @Test
    void playgroundPresetGivesTwoTanhLayersAndATanhOutputForTwoClasses() {
        openBinary();
        model.applyPreset(Preset.PLAYGROUND);
        TrainingConfig config = workbench.trainingConfigProperty().get();
        assertEquals(tanh(4, 2), config.model().hidden());
        assertEquals(OutputKind.TANH, config.model().output());
        assertEquals(LossKind.MSE, config.model().loss());
        assertEquals(Initializer.PLAYGROUND, config.model().initializer());
        assertEquals(OptimizerKind.SGD, config.optimizer().kind());
        assertEquals(0.03, config.optimizer().learningRate());
        assertEquals(10, config.batchSize());
        assertEquals("Undo apply Playground default", model.undoTextProperty().get());
    }

    @Test
    void regressionPresetsHaveNoHiddenLayer() {
        openBinary();
        model.applyPreset(Preset.LOGISTIC_REGRESSION);
        assertEquals(List.of(), hidden());
        assertEquals(OutputKind.SIGMOID, spec().output());
        assertEquals(3, spec().parameterCount());
        TestData.open(workbench, TestData.regression(120, 0, false), "y", TaskKind.REGRESSION);
        model.applyPreset(Preset.LINEAR_REGRESSION);
        assertEquals(List.of(), hidden());
        assertEquals(OutputKind.LINEAR, spec().output());
        assertEquals(3, model.analysisProperty().get().totalParameters());
    }

    @Test
    void mlpPresets() {
        openBinary();
        model.applyPreset(Preset.SMALL_MLP);
        assertEquals(List.of(LayerSpec.of(16, Activation.RELU), LayerSpec.of(8, Activation.RELU)), hidden());
        assertEquals(OptimizerKind.ADAM, workbench.trainingConfigProperty().get().optimizer().kind());
        model.applyPreset(Preset.DEEP_MLP);
        assertEquals(4, hidden().size());
        assertTrue(hidden().stream().allMatch(l -> l.units() == 64 && l.activation() == Activation.RELU
                && l.dropout() == 0.1));
        assertEquals(1e-4, workbench.trainingConfigProperty().get().regularization().l2());
    }

    @Test
    void everyLayerEditCanBeUndoneAndRedone() {
        openBinary();
        model.applyPreset(Preset.PLAYGROUND);
        assertUndoable(model::addLayer, tanh(4, 2, 2));
        assertUndoable(() -> model.removeLayer(0), tanh(2, 2));
        assertUndoable(() -> model.duplicateLayer(0), tanh(2, 2, 2));
        model.setUnits(0, 7);
        assertEquals(tanh(7, 2, 2), hidden());
        assertUndoable(() -> model.moveLayerDown(0), tanh(2, 7, 2));
        assertUndoable(() -> model.moveLayerUp(1), tanh(7, 2, 2));
        assertUndoable(() -> model.setUnits(2, 5), tanh(7, 2, 5));
        assertUndoable(() -> model.setActivation(0, Activation.RELU),
                List.of(LayerSpec.of(7, Activation.RELU), LayerSpec.of(2, Activation.TANH), LayerSpec.of(5, Activation.TANH)));
        assertUndoable(() -> model.setDropout(1, 0.25),
                List.of(LayerSpec.of(7, Activation.RELU), new LayerSpec(2, Activation.TANH, 0.25),
                        LayerSpec.of(5, Activation.TANH)));
        assertEquals("Undo set dropout of layer 2", model.undoTextProperty().get());
    }

    @Test
    void undoWalksBackThroughSeveralEditsInOrder() {
        openBinary();
        model.applyPreset(Preset.PLAYGROUND);
        model.addLayer();
        model.setUnits(2, 9);
        model.removeLayer(0);
        assertEquals(tanh(2, 9), hidden());
        model.undo();
        assertEquals(tanh(4, 2, 9), hidden());
        model.undo();
        assertEquals(tanh(4, 2, 2), hidden());
        model.undo();
        assertEquals(tanh(4, 2), hidden());
        model.redo();
        model.redo();
        assertEquals(tanh(4, 2, 9), hidden());
        model.setActivation(0, Activation.RELU);
        assertFalse(model.canRedoProperty().get());
    }

    @Test
    void impossibleLayerEditsChangeNothing() {
        openBinary();
        model.applyPreset(Preset.PLAYGROUND);
        TrainingConfig before = workbench.trainingConfigProperty().get();
        model.moveLayerUp(0);
        model.moveLayerDown(1);
        model.removeLayer(5);
        model.setUnits(0, 0);
        model.setDropout(0, 1.0);
        model.setUnits(0, 4);
        assertEquals(before, workbench.trainingConfigProperty().get());
        assertEquals("Undo apply Playground default", model.undoTextProperty().get());
    }

    @Test
    void aValidSettingIsAppliedAsAnUndoableEdit() {
        openBinary();
        SettingField rate = model.field("learning-rate");
        rate.textProperty().set("0.05");
        assertEquals("", rate.errorProperty().get());
        assertTrue(rate.commit());
        assertEquals(0.05, workbench.trainingConfigProperty().get().optimizer().learningRate());
        model.field("batch-size").textProperty().set("16");
        model.field("batch-size").commit();
        model.field("l2").textProperty().set("1e-3");
        model.field("l2").commit();
        model.field("seed").textProperty().set("42");
        model.field("seed").commit();
        TrainingConfig config = workbench.trainingConfigProperty().get();
        assertEquals(16, config.batchSize());
        assertEquals(0.001, config.regularization().l2());
        assertEquals(42, config.seed());
        assertEquals("0.001", model.field("l2").textProperty().get());
        model.undo();
        model.undo();
        model.undo();
        assertEquals(TrainingConfig.DEFAULT_BATCH_SIZE, workbench.trainingConfigProperty().get().batchSize());
        assertEquals(Integer.toString(TrainingConfig.DEFAULT_BATCH_SIZE), model.field("batch-size").textProperty().get());
        assertEquals("0.05", rate.textProperty().get());
    }

    @Test
    void invalidValuesAreRefusedWithTheReason() {
        openBinary();
        TrainingConfig before = workbench.trainingConfigProperty().get();
        assertRefused("learning-rate", "0", "The learning rate must be greater than 0.");
        assertRefused("learning-rate", "-0.1", "The learning rate must be greater than 0.");
        assertRefused("learning-rate", "fast", "'fast' is not a number.");
        assertRefused("batch-size", "0", "The batch size must be at least 1.");
        assertRefused("batch-size", "2.5", "'2.5' is not a whole number.");
        assertRefused("max-epochs", "", "Enter a whole number.");
        assertRefused("l1", "-1", "L1 must be 0 or more.");
        assertRefused("momentum", "1", "Momentum must be at least 0 and below 1.");
        assertRefused("factor", "0", "The factor must be above 0 and at most 1.");
        assertRefused("early-stopping-patience", "-3", "The patience must be at least 0.");
        assertEquals(before, workbench.trainingConfigProperty().get());
        assertFalse(model.canUndoProperty().get());
        SettingField rate = model.field("learning-rate");
        rate.revert();
        assertEquals("", rate.errorProperty().get());
        assertFalse(rate.isDirty());
    }

    private void assertRefused(String key, String text, String reason) {
        SettingField field = model.field(key);
        field.textProperty().set(text);
        assertEquals(reason, field.errorProperty().get(), "error while typing " + text);
        assertFalse(field.commit());
        assertEquals(reason, field.errorProperty().get());
    }

    @Test
    void settingsShowOnlyWhereTheyApply() {
        openBinary();
        model.setOptimizerKind(OptimizerKind.SGD);
        assertFalse(model.field("momentum").relevantProperty().get());
        assertFalse(model.field("beta1").relevantProperty().get());
        model.setOptimizerKind(OptimizerKind.MOMENTUM);
        assertTrue(model.field("momentum").relevantProperty().get());
        model.setScheduleKind(ScheduleKind.COSINE);
        assertTrue(model.field("period-epochs").relevantProperty().get());
        assertFalse(model.field("step-epochs").relevantProperty().get());
        model.setBackend(BackendKind.JAVA);
        assertEquals(BackendKind.JAVA, workbench.trainingConfigProperty().get().backend());
        model.undo();
        model.undo();
        assertEquals(ScheduleKind.CONSTANT, workbench.trainingConfigProperty().get().schedule().kind());
        assertFalse(model.field("period-epochs").relevantProperty().get());
    }

    @Test
    void everySettingHasItsDocumentationAsTooltip() {
        for (SettingField field : model.fields()) {
            assertFalse(field.help().isBlank(), field.key());
        }
        assertTrue(model.field("learning-rate").help().contains("How far each update moves the weights"));
    }

    @Test
    void restoringAnEarlierRunTakesOverItsConfigAsAnUndoableEdit() {
        openBinary();
        TrainingConfig before = workbench.trainingConfigProperty().get();
        TrainingConfig old = before.withModel(ModelSpec.forClassification(2, 2, tanh(3)))
                .withBatchSize(8).withSeed(99);
        workbench.trainingConfigProperty().set(old);
        assertEquals(old, workbench.trainingConfigProperty().get());
        assertEquals(tanh(3), model.layers());
        assertEquals("8", model.field("batch-size").textProperty().get());
        model.undo();
        assertEquals(before, workbench.trainingConfigProperty().get());
    }

    @Test
    void trainedWeightsAreShownUntilTheShapeChanges() {
        openBinary();
        model.applyPreset(Preset.LOGISTIC_REGRESSION);
        model.showWeights(new float[][] {{0.5f, -0.25f}}, new float[][] {{0.1f}});
        NetworkPicture picture = model.pictureProperty().get();
        assertTrue(picture.hasWeights());
        assertEquals(-0.25f, picture.weight(0, 1, 0));
        model.addLayer();
        assertFalse(model.pictureProperty().get().hasWeights());
        assertEquals(3, model.pictureProperty().get().layerSizes().length);
        model.undo();
        assertTrue(model.pictureProperty().get().hasWeights());
        model.showWeights(new float[][] {{1f}}, new float[][] {{0f}});
        assertFalse(model.pictureProperty().get().hasWeights());
    }

    @Test
    void theDiagramNamesTheInputsAndLayers() {
        openBinary();
        model.applyPreset(Preset.PLAYGROUND);
        NetworkPicture picture = model.pictureProperty().get();
        assertEquals(List.of("x1", "x2"), picture.inputNames());
        assertEquals(List.of("input", "tanh", "tanh", "tanh"), picture.layerNames());
        assertEquals(4, picture.layerSizes()[1]);
        assertEquals("2 inputs → 4 tanh → 2 tanh → 1 tanh · 25 parameters", model.summaryProperty().get());
    }
}

package deepdesk.ui.training;

import deepdesk.core.training.PredictionSnapshot;
import deepdesk.core.training.TrainingService;
import deepdesk.core.training.TrainingState;
import deepdesk.ui.common.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class TrainViewModelTest {

    private final TrainingService service = new TrainingService();

    @AfterEach
    void shutDown() throws InterruptedException {
        service.awaitShutdown(5, TimeUnit.SECONDS);
    }

    private static TrainViewModel model(TrainingService service, Workbench workbench) {
        return new TrainViewModel(service, workbench, Runnable::run, Runnable::run);
    }

    /** Drains the bridge until the condition holds, failing after ten seconds. */
    static void drainUntil(TrainViewModel model, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            model.bridge().drain();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    @Test
    void startingTrainsARunWhoseLossFallsAndDrawsPredictions() {
        Workbench workbench = TrainingFixtures.workbenchWith(TrainingFixtures.spiral(300), "label");
        TrainingFixtures.trainForLong(workbench);
        TrainViewModel model = model(service, workbench);
        assertTrue(model.dataReadyProperty().get());
        assertTrue(model.surfaceAvailableProperty().get());
        model.startTraining();
        drainUntil(model, () -> model.epochProperty().get() >= 15 && model.predictionsProperty().get() != null,
                "15 epochs and a prediction snapshot");
        RunEntry run = model.currentRunProperty().get();
        assertEquals(List.of(run), model.runs());
        CurvePoints loss = run.trainLoss();
        assertTrue(loss.y(loss.size() - 1) < loss.y(0), "loss " + loss.y(0) + " -> " + loss.y(loss.size() - 1));
        assertEquals(TrainViewModel.SURFACE_RESOLUTION, model.predictionsProperty().get().resolution());
        assertNotNull(model.confusionProperty().get());
        assertTrue(model.counterTextProperty().get().startsWith("Epoch "), model.counterTextProperty().get());
        assertTrue(model.overlayPointsProperty().get().xs().length > 0);
    }

    @Test
    void pauseHoldsTheEpochAndStepEpochAdvancesItByExactlyOne() throws Exception {
        Workbench workbench = TrainingFixtures.workbenchWith(TrainingFixtures.spiral(300), "label");
        TrainingFixtures.trainForLong(workbench);
        TrainViewModel model = model(service, workbench);
        model.startTraining();
        drainUntil(model, () -> model.epochProperty().get() >= 2, "two epochs");
        model.togglePause();
        drainUntil(model, () -> model.stateProperty().get() == TrainingState.PAUSED, "pause");
        int paused = model.epochProperty().get();
        service.stepBatch().get(5, TimeUnit.SECONDS);
        model.bridge().drain();
        assertEquals(paused, model.epochProperty().get());
        model.stepEpoch();
        drainUntil(model, () -> model.epochProperty().get() == paused + 1, "one more epoch");
        service.pause().get(5, TimeUnit.SECONDS);
        model.bridge().drain();
        assertEquals(paused + 1, model.epochProperty().get());
        assertEquals(TrainingState.PAUSED, model.stateProperty().get());
    }

    @Test
    void stoppedRunsStayListedAndASecondRunKeepsItsOwnLearningRate() {
        Workbench workbench = TrainingFixtures.workbenchWith(TrainingFixtures.spiral(200), "label");
        TrainingFixtures.trainForLong(workbench);
        TrainViewModel model = model(service, workbench);
        model.startTraining();
        drainUntil(model, () -> model.epochProperty().get() >= 2, "two epochs");
        model.stopTraining();
        drainUntil(model, () -> model.runs().get(0).stateProperty().get() == TrainingState.STOPPED, "stop");
        model.learningRateProperty().set(0.003);
        model.startTraining();
        drainUntil(model, () -> model.runs().size() == 2 && model.runs().get(1).epochsProperty().get() >= 2,
                "a second run");
        RunEntry first = model.runs().get(0);
        RunEntry second = model.runs().get(1);
        assertEquals(0.01, first.config().optimizer().learningRate(), 1e-12);
        assertEquals(0.003, second.config().optimizer().learningRate(), 1e-12);
        assertNotEquals(first.trainLoss().y(0), second.trainLoss().y(1));

        model.rename(first, "  baseline ");
        assertEquals("baseline", first.nameProperty().get());
        model.restore(first);
        assertEquals(first.config(), workbench.trainingConfigProperty().get());
        assertEquals(0.01, model.learningRateProperty().get(), 1e-12);
        model.delete(first);
        assertEquals(List.of(second), model.runs());
    }

    @Test
    void aHugeLearningRateDivergesAndTheDoctorSaysSo() {
        Workbench workbench = TrainingFixtures.workbenchWith(TrainingFixtures.spiral(200), "label");
        TrainViewModel model = model(service, workbench);
        model.learningRateProperty().set(1e30);
        model.startTraining();
        drainUntil(model, () -> model.stateProperty().get() == TrainingState.DIVERGED, "divergence");
        drainUntil(model, () -> !model.findings().isEmpty(), "a doctor card");
        assertEquals(DoctorFinding.Kind.DIVERGENCE, model.findings().get(0).kind());
        assertEquals(TrainingState.DIVERGED, model.runs().get(0).stateProperty().get());
    }

    @Test
    void regressionShowsPredictedAgainstActualAndTheFittedCurveForOneInput() {
        Workbench workbench = TrainingFixtures.workbenchWith(TrainingFixtures.plane(300), "y");
        TrainViewModel model = model(service, workbench);
        assertEquals("R²", model.metricNameProperty().get());
        model.startTraining();
        drainUntil(model, () -> model.regressionPointsProperty().get() != null, "regression points");
        RegressionPoints points = model.regressionPointsProperty().get();
        assertEquals(points.actual().length, points.predicted().length);
        assertTrue(points.actual().length > 10);
        assertEquals(points.hasCurve(), workbench.preparedProperty().get().train().width() == 1);
    }

    @Test
    void runsExportAsCsvWithOneRowPerEpoch(@TempDir Path dir) throws Exception {
        Workbench workbench = TrainingFixtures.workbenchWith(TrainingFixtures.spiral(200), "label");
        TrainingFixtures.trainForLong(workbench);
        TrainViewModel model = model(service, workbench);
        model.startTraining();
        drainUntil(model, () -> model.epochProperty().get() >= 3, "three epochs");
        service.stop().get(5, TimeUnit.SECONDS);
        model.bridge().drain();
        Path file = dir.resolve("runs.csv");
        model.exportRunsCsv(file);
        List<String> lines = Files.readAllLines(file);
        assertEquals("run,epoch,train_loss,validation_loss,train_accuracy,validation_accuracy,learning_rate",
                lines.get(0));
        assertEquals(1 + model.runs().get(0).trainLoss().size(), lines.size());
        assertTrue(lines.get(1).startsWith("\"Run 1\",1,"), lines.get(1));
    }

    @Test
    void withoutDataStartExplainsWhatToDo() {
        Workbench workbench = new Workbench(Runnable::run, Runnable::run);
        TrainViewModel model = model(service, workbench);
        model.startTraining();
        assertTrue(model.statusTextProperty().get().contains("Data screen"));
        assertTrue(model.runs().isEmpty());
    }

    @Test
    void theFinderRunsOnTheBackgroundExecutorAndItsSuggestionBecomesTheRate() {
        Workbench workbench = TrainingFixtures.workbenchWith(TrainingFixtures.spiral(300), "label");
        TrainViewModel model = model(service, workbench);
        model.findLearningRate();
        LearningRateSweep sweep = model.finderResultProperty().get();
        assertNotNull(sweep);
        model.useSuggestedLearningRate();
        assertEquals(sweep.suggested(), model.learningRateProperty().get(), 0);
    }

    @Test
    void editingTheReferenceRowChangesTheDecisionSurface(@TempDir Path folder) throws Exception {
        Workbench workbench = TrainingFixtures.workbenchWith(TrainingFixtures.sample("iris.csv", folder), "species");
        TrainingFixtures.trainForLong(workbench);
        TrainViewModel model = model(service, workbench);
        assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width"),
                model.referenceInputs().stream().map(ReferenceInput::name).toList());
        assertEquals(List.of(2, 3), model.heldInputs().stream().map(ReferenceInput::index).toList());
        ReferenceInput petalLength = model.heldInputs().get(0);
        assertTrue(petalLength.median() > 3 && petalLength.median() < 5.5,
                "the median is in centimetres, not scaled: " + petalLength.median());

        model.startTraining();
        drainUntil(model, () -> model.epochProperty().get() >= 20, "20 epochs");
        model.togglePause();
        drainUntil(model, () -> model.stateProperty().get() == TrainingState.PAUSED, "pause");
        long pausedAt = model.stepProperty().get();
        drainUntil(model, () -> model.predictionsProperty().get() != null
                && model.predictionsProperty().get().step() == pausedAt, "a surface of the paused weights");
        PredictionSnapshot atMedians = model.predictionsProperty().get();
        assertTrue(atMedians.request().referenceRow().isEmpty());

        assertEquals("\"long\" is not a number.", model.editReference(petalLength, " long"));
        assertEquals(petalLength.median(), petalLength.valueProperty().get());
        assertEquals("", model.editReference(petalLength, "6.5"));
        drainUntil(model, () -> !model.predictionsProperty().get().request().referenceRow().isEmpty(),
                "a surface with the edited row");
        PredictionSnapshot edited = model.predictionsProperty().get();
        assertEquals(pausedAt, edited.step(), "the same weights");
        double[] offsets = workbench.preparedProperty().get().pipeline().offsets();
        double[] divisors = workbench.preparedProperty().get().pipeline().divisors();
        assertEquals((6.5 - offsets[2]) / divisors[2], edited.request().referenceRow().get(2), 1e-9);
        assertTrue(Double.isNaN(edited.request().referenceRow().get(3)), "petal width stays at its median");
        assertFalse(java.util.Arrays.equals(atMedians.gridOutputs(), edited.gridOutputs()),
                "long petals change the surface");

        model.resetReferenceRow();
        drainUntil(model, () -> model.predictionsProperty().get().request().referenceRow().isEmpty(),
                "a surface at the medians again");
        assertTrue(java.util.Arrays.equals(atMedians.gridOutputs(), model.predictionsProperty().get().gridOutputs()));

        model.inputXProperty().set(2);
        assertEquals(List.of(0, 3), model.heldInputs().stream().map(ReferenceInput::index).toList());
    }

    /** Start, Pause/Resume, Step, Stop, Reset, in that order. */
    private static List<Boolean> controls(TrainViewModel model) {
        return List.of(model.canStartProperty().get(), model.canPauseOrResumeProperty().get(),
                model.canStepProperty().get(), model.canStopProperty().get(), model.canResetProperty().get());
    }

    @Test
    void eachStateEnablesOnlyTheControlsThatMeanSomethingInIt() {
        Workbench empty = new Workbench(Runnable::run, Runnable::run);
        TrainViewModel idle = model(service, empty);
        assertEquals(List.of(false, false, false, false, false), controls(idle), "no data");
        idle.dispose();

        Workbench workbench = TrainingFixtures.workbenchWith(TrainingFixtures.spiral(200), "label");
        TrainingFixtures.trainForLong(workbench);
        TrainViewModel model = model(service, workbench);
        assertEquals(List.of(true, false, false, false, false), controls(model), "data, no run yet");

        model.startTraining();
        assertEquals(List.of(false, false, false, false, false), controls(model), "starting");
        model.startTraining();
        drainUntil(model, () -> model.stateProperty().get() == TrainingState.RUNNING, "running");
        assertEquals(List.of(false, true, true, true, true), controls(model), "running");
        assertEquals("Pause", model.pauseTextProperty().get());
        model.startTraining();

        model.togglePause();
        drainUntil(model, () -> model.stateProperty().get() == TrainingState.PAUSED, "paused");
        assertEquals(List.of(false, true, true, true, true), controls(model), "paused");
        assertEquals("Resume", model.pauseTextProperty().get());

        model.stopTraining();
        drainUntil(model, () -> model.stateProperty().get() == TrainingState.STOPPED, "stopped");
        assertEquals(List.of(true, false, false, false, true), controls(model), "stopped");
        assertEquals(1, model.runs().size(), "Start pressed while a run was starting or running is ignored");

        model.resetTraining();
        drainUntil(model, () -> model.runs().size() == 2 && model.stateProperty().get() == TrainingState.PAUSED,
                "the reset run, paused");
        assertEquals(List.of(false, true, true, true, true), controls(model), "reset, paused before batch 1");
    }

    @Test
    void regressionWithTwoInputsGetsASurfaceOfThePredictedValue() {
        Workbench workbench = TrainingFixtures.workbenchWith(TrainingFixtures.plane(300), "y");
        TrainingFixtures.trainForLong(workbench);
        TrainViewModel model = model(service, workbench);
        assertFalse(model.classificationProperty().get());
        assertTrue(model.surfaceAvailableProperty().get());
        var train = workbench.preparedProperty().get().train();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < train.rows(); r++) {
            low = Math.min(low, train.targets()[r]);
            high = Math.max(high, train.targets()[r]);
        }
        assertEquals(low, model.surfaceRangeProperty().get()[0], 1e-6);
        assertEquals(high, model.surfaceRangeProperty().get()[1], 1e-6);
        OverlayPoints points = model.overlayPointsProperty().get();
        assertEquals(null, points.classes());
        assertEquals(points.xs().length, points.values().length);
        assertEquals(train.targets()[0], points.values()[0]);

        model.startTraining();
        drainUntil(model, () -> model.epochProperty().get() >= 30 && model.predictionsProperty().get() != null
                && model.predictionsProperty().get().epoch() >= 30, "a surface after 30 epochs");
        PredictionSnapshot snapshot = model.predictionsProperty().get();
        int r = snapshot.resolution();
        float lowCorner = snapshot.gridOutput(0, 0);
        float highCorner = snapshot.gridOutput(r * r - 1, 0);
        // y grows with x1 + x2: the top-right corner predicts far more than the bottom-left.
        assertTrue(highCorner - lowCorner > (high - low) / 2,
                "corners " + lowCorner + " and " + highCorner + " over targets " + low + ".." + high);
    }
}

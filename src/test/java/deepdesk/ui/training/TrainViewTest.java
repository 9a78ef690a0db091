package deepdesk.ui.training;

import deepdesk.core.training.TrainingService;
import deepdesk.core.training.TrainingState;
import deepdesk.ui.common.Workbench;
import deepdesk.ui.common.chart.HeatmapView;
import deepdesk.ui.common.chart.LiveLineChart;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class TrainViewTest {

    private TrainingService service;
    private TrainViewModel model;
    private TrainView view;
    private LiveLineChart lossChart;
    private HeatmapView surface;
    private TableView<?> runTable;
    private TextField rateField;

    @Start
    void start(Stage stage) {
        service = new TrainingService();
        Workbench workbench = TrainingFixtures.workbenchWith(TrainingFixtures.spiral(300), "label");
        TrainingFixtures.trainForLong(workbench);
        model = new TrainViewModel(service, workbench, Runnable::run, Runnable::run);
        view = new TrainView(model, new SimpleBooleanProperty(false));
        stage.setScene(new Scene(view, 1240, 780));
        stage.show();
        lossChart = (LiveLineChart) view.lookup("#train-loss-chart");
        surface = (HeatmapView) view.lookup("#train-surface");
        runTable = (TableView<?>) view.lookup("#run-table");
        rateField = (TextField) view.lookup("#train-learning-rate");
    }

    @AfterEach
    void shutDown() throws Exception {
        onFx(() -> {
            view.dispose();
            return null;
        });
        service.awaitShutdown(5, TimeUnit.SECONDS);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(condition));
    }

    /** Waits until the screen has taken {@code count} more updates from the training service. */
    private void waitForUpdates(int count) throws Exception {
        long target = onFx(() -> model.bridge().updateCount()) + count;
        waitFor(() -> model.bridge().updateCount() >= target);
    }

    private void typeLearningRate(FxRobot robot, String text) throws Exception {
        onFx(() -> {
            rateField.setText(text);
            return null;
        });
        robot.clickOn(rateField).type(KeyCode.ENTER);
    }

    @Test
    void aUserTrainsPausesStepsStopsAndComparesTwoRuns(FxRobot robot) throws Exception {
        robot.clickOn("#train-start");
        waitFor(() -> !lossChart.series().isEmpty() && lossChart.series().get(0).size() > 0
                && surface.updateCount() > 0);
        int firstSurface = onFx(surface::updateCount);
        waitFor(() -> surface.updateCount() > firstSurface);
        assertTrue(onFx(() -> view.lookup("#train-start").isDisabled()), "Start is disabled while running");

        robot.clickOn("#train-pause");
        waitFor(() -> model.stateProperty().get() == TrainingState.PAUSED);
        int paused = onFx(() -> model.epochProperty().get());
        waitForUpdates(5);
        assertEquals(paused, (int) onFx(() -> model.epochProperty().get()));

        robot.clickOn("#train-step-epoch");
        waitFor(() -> model.epochProperty().get() == paused + 1);
        waitForUpdates(5);
        assertEquals(paused + 1, (int) onFx(() -> model.epochProperty().get()));
        assertEquals(TrainingState.PAUSED, onFx(() -> model.stateProperty().get()));

        robot.type(KeyCode.SPACE);
        waitFor(() -> model.stateProperty().get() == TrainingState.RUNNING);

        robot.clickOn("#train-stop");
        waitFor(() -> runTable.getItems().size() == 1
                && model.runs().get(0).stateProperty().get() == TrainingState.STOPPED);
        waitFor(() -> !view.lookup("#train-start").isDisabled() && view.lookup("#train-stop").isDisabled());

        typeLearningRate(robot, "0.003");
        robot.clickOn("#train-start");
        waitFor(() -> model.runs().size() == 2 && model.runs().get(1).epochsProperty().get() >= 2);
        assertEquals(0.003, onFx(() -> model.runs().get(1).config().optimizer().learningRate()), 1e-12);

        onFx(() -> {
            runTable.getSelectionModel().selectAll();
            return null;
        });
        waitFor(() -> lossChart.series().size() == 4);
        assertTrue(onFx(() -> lossChart.series().stream().allMatch(s -> s.size() > 0)),
                "both runs' train and validation curves have points");
        assertTrue(onFx(() -> lossChart.series().get(0).name().startsWith("Run 1")));
        assertTrue(onFx(() -> lossChart.series().get(2).name().startsWith("Run 2")));
    }

    @Test
    void aHugeLearningRateShowsTheDivergenceCard(FxRobot robot) throws Exception {
        typeLearningRate(robot, "1e30");
        robot.clickOn("#train-start");
        waitFor(() -> view.lookup("#doctor-divergence") != null);
        assertEquals(TrainingState.DIVERGED, onFx(() -> model.stateProperty().get()));
    }

    @Test
    void clickingANeuronShowsItLarge(FxRobot robot) throws Exception {
        robot.clickOn("#train-start");
        waitFor(() -> view.lookup("#train-neuron-0-0") != null);
        int before = onFx(surface::updateCount);
        robot.clickOn("#train-neuron-0-0");
        waitFor(() -> model.selectedNeuronProperty().get() != null && surface.updateCount() > before);
        assertEquals(new NeuronChoice(0, 0), onFx(() -> model.selectedNeuronProperty().get()));
        robot.clickOn("#train-show-output");
        waitFor(() -> model.selectedNeuronProperty().get() == null);
        robot.clickOn("#train-stop");
    }
}

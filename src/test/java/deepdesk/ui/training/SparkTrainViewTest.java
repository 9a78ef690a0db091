package deepdesk.ui.training;

import deepdesk.core.data.Dataset;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.TrainingService;
import deepdesk.core.training.TrainingState;
import deepdesk.ui.common.Workbench;
import deepdesk.ui.common.chart.LiveLineChart;
import deepdesk.ui.common.chart.PngWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run sent to Spark {@code local[2]} from the Train screen draws its curves while it trains. */
@ExtendWith(ApplicationExtension.class)
class SparkTrainViewTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "spark-train-view-test");
        thread.setDaemon(true);
        return thread;
    });
    private TrainingService service;
    private TrainViewModel model;
    private TrainView view;
    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "spark-train-view")).toAbsolutePath();
        Files.deleteIfExists(folder.resolve("iris.csv"));
        Dataset iris = TrainingFixtures.sample("iris.csv", folder);
        service = new TrainingService();
        workbench = TrainingFixtures.workbenchWith(iris, "species");
        workbench.trainingConfigProperty().set(TrainViewModel.defaultConfig(workbench.preparedProperty().get())
                .withMaxEpochs(400).withEarlyStopping(EarlyStopping.OFF));
        model = new TrainViewModel(service, workbench, background, Platform::runLater);
        // as the Data screen names a bundled sample it opened: Spark reads the sample's file
        model.datasetSourceProperty().set("iris.csv");
        view = new TrainView(model, new SimpleBooleanProperty(false));
        stage.setScene(new Scene(view, 1240, 780));
        stage.show();
    }

    @AfterEach
    void shutDown() throws Exception {
        onFx(() -> {
            view.dispose();
            return null;
        });
        background.shutdown();
        assertTrue(background.awaitTermination(60, TimeUnit.SECONDS), "the Spark session closed");
        service.awaitShutdown(10, TimeUnit.SECONDS);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSparkRunsCurvesArriveLiveWithItsStatusLine(FxRobot robot) throws Exception {
        ChoiceBox<ComputePlace> place = (ChoiceBox<ComputePlace>) view.lookup("#train-place");
        TextField master = (TextField) view.lookup("#train-spark-master");
        LiveLineChart lossChart = (LiveLineChart) view.lookup("#train-loss-chart");
        Label status = (Label) view.lookup("#train-cluster-status");
        assertTrue(onFx(() -> !master.isVisible()), "no master field while training on this machine");

        onFx(() -> {
            place.setValue(ComputePlace.SPARK_LOCAL);
            return null;
        });
        assertEquals("local[*]", onFx(master::getText));
        robot.clickOn(master);
        onFx(() -> {
            master.selectAll();
            return null;
        });
        robot.write("local[2]");
        assertEquals("local[2]", onFx(() -> model.sparkMasterProperty().get()));
        robot.clickOn("#train-start");

        waitFor(120, () -> model.stateProperty().get() == TrainingState.RUNNING
                && !lossChart.series().isEmpty() && lossChart.series().get(0).size() >= 2);
        int early = onFx(() -> lossChart.series().get(0).size());
        waitFor(60, () -> lossChart.series().get(0).size() >= early + 3);
        assertEquals(TrainingState.RUNNING, onFx(() -> model.stateProperty().get()),
                "the points arrived while the run was still training");
        String line = onFx(status::getText);
        assertTrue(line.startsWith("Spark local[2]") && line.contains("partition") && line.contains("last round"),
                line);
        assertTrue(onFx(status::isVisible));

        Path picture = Path.of("target", "screenshots", "train-spark-local.png");
        Files.createDirectories(picture.getParent());
        onFx(() -> {
            PngWriter.write(view.getScene().snapshot(null), picture);
            return null;
        });

        robot.clickOn("#train-stop");
        waitFor(30, () -> model.stateProperty().get() == TrainingState.STOPPED);
        assertTrue(onFx(() -> model.runs().get(0).epochsProperty().get()) >= 3);

        waitFor(30, () -> workbench.latestModelProperty().get() != null);
        PreparedData desktop = onFx(() -> workbench.preparedProperty().get());
        PreparedData judged = onFx(() -> workbench.latestModelProperty().get().prepared());
        assertNotSame(desktop.pipeline(), judged.pipeline(),
                "the Spark run is judged with the pipeline Spark fitted, not the desktop's");
        assertArrayEquals(desktop.rows().test(), judged.rows().test(), "on the desktop's own test rows");
    }
}

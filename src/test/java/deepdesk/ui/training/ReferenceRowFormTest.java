package deepdesk.ui.training;

import deepdesk.core.training.TrainingService;
import deepdesk.ui.common.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class ReferenceRowFormTest {

    private TrainingService service;
    private TrainViewModel model;
    private TrainView view;

    @Start
    void start(Stage stage) throws Exception {
        service = new TrainingService();
        Path folder = Files.createDirectories(Path.of("target", "reference-row-form"));
        Files.deleteIfExists(folder.resolve("iris.csv"));
        Workbench workbench = TrainingFixtures.workbenchWith(TrainingFixtures.sample("iris.csv", folder), "species");
        model = new TrainViewModel(service, workbench, Runnable::run, Runnable::run);
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
        service.awaitShutdown(5, TimeUnit.SECONDS);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theUserHoldsAnInputAtAValueAndGoesBackToTheMedians(FxRobot robot) throws Exception {
        TitledPane form = (TitledPane) view.lookup("#train-reference-row");
        assertTrue(form.isVisible(), "iris has two inputs off the axes");
        onFx(() -> {
            form.setExpanded(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField petalLength = (TextField) view.lookup("#train-reference-2");
        ReferenceInput input = onFx(() -> model.heldInputs().get(0));
        double median = input.median();

        robot.doubleClickOn(petalLength).eraseText(8).write("long").type(KeyCode.ENTER);
        assertEquals(median, (double) onFx(() -> input.valueProperty().get()), "a word is refused");
        assertTrue(onFx(() -> !petalLength.getStyle().isEmpty()), "the field is marked");

        onFx(() -> {
            petalLength.setText("6.5");
            return null;
        });
        robot.clickOn(petalLength).type(KeyCode.ENTER);
        assertEquals(6.5, (double) onFx(() -> input.valueProperty().get()));
        assertTrue(onFx(() -> petalLength.getStyle().isEmpty()));

        robot.clickOn("#train-reference-medians");
        assertEquals(median, (double) onFx(() -> input.valueProperty().get()));
        assertFalse(onFx(input::isEdited));
    }
}

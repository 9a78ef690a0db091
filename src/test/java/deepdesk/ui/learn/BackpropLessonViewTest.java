package deepdesk.ui.learn;

import atlantafx.base.theme.PrimerLight;
import deepdesk.core.lesson.BackpropStage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class BackpropLessonViewTest {

    /** What a 1280x800 window leaves the lesson after the menu, navigation, lesson list and status bar. */
    private static final double LAPTOP_WIDTH = 960;
    private static final double LAPTOP_HEIGHT = 720;

    private BackpropLessonViewModel model;
    private BackpropLessonView view;
    private Stage window;

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.close());
    }

    @Start
    void start(Stage stage) {
        // the application's own theme, whose fonts are larger than JavaFX's default
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new BackpropLessonViewModel(Runnable::run, Runnable::run);
        view = new BackpropLessonView(model);
        // decision: a window of its own, because the primary stage is shared by every test class
        // and may keep a size that another one gave it
        window = new Stage();
        window.setScene(new Scene(view, LAPTOP_WIDTH, LAPTOP_HEIGHT));
        window.show();
    }

    @Test
    void nextAdvancesThroughEveryStageAndBackAndResetReturn(FxRobot robot) {
        Label title = robot.lookup("#backprop-stage-title").queryAs(Label.class);
        Label count = robot.lookup("#backprop-stage-count").queryAs(Label.class);
        ImageView formula = robot.lookup("#backprop-formula").queryAs(ImageView.class);
        BackpropDiagram diagram = robot.lookup("#backprop-diagram").queryAs(BackpropDiagram.class);
        int stages = model.pictureProperty().get().stages().size();
        List<String> titles = new ArrayList<>();
        List<String> formulas = new ArrayList<>();
        titles.add(title.getText());
        formulas.add(model.pictureProperty().get().latex());
        List<String> highlight = diagram.highlighted();
        Image image = formula.getImage();
        Set<BackpropStage.Kind> seen = EnumSet.of(model.pictureProperty().get().stage().kind());
        assertTrue(count.getText().startsWith("stage 1 of " + stages), count.getText());
        for (int i = 1; i < stages; i++) {
            robot.clickOn("#backprop-next");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(count.getText().startsWith("stage " + (i + 1) + " of " + stages), count.getText());
            assertNotEquals(titles.get(i - 1), title.getText());
            assertNotEquals(highlight, diagram.highlighted(), "highlight at " + title.getText());
            assertNotSame(image, formula.getImage());
            String latex = model.pictureProperty().get().latex();
            assertNotEquals(formulas.get(i - 1), latex);
            titles.add(title.getText());
            formulas.add(latex);
            highlight = diagram.highlighted();
            image = formula.getImage();
            seen.add(model.pictureProperty().get().stage().kind());
        }
        assertEquals(EnumSet.allOf(BackpropStage.Kind.class), seen);

        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(titles.get(stages - 2), title.getText());
        robot.clickOn("#backprop-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(titles.get(stages - 3), title.getText());
        assertEquals(formulas.get(stages - 3), model.pictureProperty().get().latex());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(titles.get(stages - 2), title.getText());

        robot.clickOn("#backprop-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(titles.get(0), title.getText());
        assertEquals(formulas.get(0), model.pictureProperty().get().latex());
        assertTrue(count.getText().startsWith("stage 1 of " + stages + " · training step 1"), count.getText());
    }

    @Test
    void choosingARowAndAWiderLayerChangesTheNumbersAndTheStages(FxRobot robot) {
        robot.clickOn("#backprop-next");
        WaitForAsyncUtils.waitForFxEvents();
        String rowOne = model.pictureProperty().get().latex();
        robot.clickOn("#backprop-row-3");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(rowOne, model.pictureProperty().get().latex());
        assertTrue(robot.lookup("#backprop-stage-count").queryAs(Label.class).getText().endsWith("row 3"));

        Spinner<?> units = robot.lookup("#backprop-hidden-units").queryAs(Spinner.class);
        robot.interact(() -> units.increment());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BackpropStage.sequence(4).size(), model.pictureProperty().get().stages().size());
        assertTrue(robot.lookup("#backprop-stage-count").queryAs(Label.class).getText()
                .startsWith("stage 1 of " + BackpropStage.sequence(4).size()));
    }

    @Test
    void playRunsToTheUpdateAndStops(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.stepsPerSecondProperty().set(6);
            view.run();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.playingProperty().get());
        assertTrue(model.pictureProperty().get().atLastStage());
    }

    @Test
    void everyControlAndTheFormulaFitTheLaptopWindow(FxRobot robot) throws Exception {
        assertEquals(LAPTOP_WIDTH, view.getScene().getWidth());
        assertEquals(LAPTOP_HEIGHT, view.getScene().getHeight());
        for (int i = 0; i < BackpropStage.sequence(3).size(); i++) {
            robot.interact(() -> model.next());
            WaitForAsyncUtils.waitForFxEvents();
            ImageView formula = robot.lookup("#backprop-formula").queryAs(ImageView.class);
            assertInside(formula.localToScene(formula.getBoundsInLocal()), "formula at stage " + (i + 2));
            for (String id : List.of("#backprop-stage-title", "#backprop-stage-count", "#backprop-explanation")) {
                Label label = robot.lookup(id).queryAs(Label.class);
                assertInside(label.localToScene(label.getBoundsInLocal()), id);
                assertTrue(label.getWidth() >= label.prefWidth(label.getHeight()) - 0.5,
                        id + " is cut short at stage " + (i + 2) + ": " + label.getText());
            }
        }
        for (LessonControl control : view.controls()) {
            assertInside(control.node().localToScene(control.node().getBoundsInLocal()), control.id());
        }
    }

    private static void assertInside(Bounds bounds, String what) {
        assertTrue(bounds.getMinX() >= 0 && bounds.getMinY() >= 0 && bounds.getMaxX() <= LAPTOP_WIDTH + 0.5
                && bounds.getMaxY() <= LAPTOP_HEIGHT + 0.5, what + " lies outside the window: " + bounds);
    }
}

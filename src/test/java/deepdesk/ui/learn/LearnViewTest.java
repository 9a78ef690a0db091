package deepdesk.ui.learn;

import deepdesk.core.data.Dataset;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class LearnViewTest {

    @Start
    void start(Stage stage) {
        LearnView view = new LearnView(LearnView.standardLessons(Runnable::run, Runnable::run,
                new SimpleObjectProperty<Dataset>()), new SimpleBooleanProperty(false));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void stepMovesThePointAndChangesTheNumbersInTheFormulas(FxRobot robot) throws Exception {
        Label stepCount = robot.lookup("#lesson-step-count").queryAs(Label.class);
        GridPane formulas = robot.lookup("#lesson-formulas").queryAs(GridPane.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> formulas.getChildren().size() == 6);
        String before = stepCount.getText();
        Object firstImageBefore = ((ImageView) formulas.getChildren().get(0)).getImage();
        robot.clickOn("#lesson-step");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stepCount.getText().startsWith("Step 1:"));
        assertTrue(before.startsWith("Step 0:"), before);
        assertNotEquals(firstImageBefore, ((ImageView) formulas.getChildren().get(0)).getImage());
        robot.clickOn("#lesson-back");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stepCount.getText().startsWith("Step 0:"));
        assertEquals(before, stepCount.getText());
    }

    @Test
    void clickingTheMapChoosesTheStartingPoint(FxRobot robot) throws Exception {
        ContourMap map = robot.lookup("#lesson-contour-map").queryAs(ContourMap.class);
        Label stepCount = robot.lookup("#lesson-step-count").queryAs(Label.class);
        double[] target = WaitForAsyncUtils.asyncFx(() -> map.toCanvas(1.0, 2.0)).get();
        Node canvas = map.getChildrenUnmodifiable().get(0);
        robot.clickOn(canvas.localToScreen(target[0], target[1]));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> isNear(stepCount.getText(), 1.0, 2.0));
        assertTrue(stepCount.getText().startsWith("Step 0:"), stepCount.getText());
    }

    private static boolean isNear(String label, double w, double b) {
        Matcher m = Pattern.compile("w = ([-0-9.]+),\\s+b = ([-0-9.]+)").matcher(label);
        return m.find() && Math.abs(Double.parseDouble(m.group(1)) - w) < 0.05
                && Math.abs(Double.parseDouble(m.group(2)) - b) < 0.05;
    }

    @Test
    void theNeuronLessonRedrawsWhenAWeightMoves(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-choice-neuron");
        deepdesk.ui.common.chart.HeatmapView output =
                robot.lookup("#lesson-neuron-output").queryAs(deepdesk.ui.common.chart.HeatmapView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> output.updateCount() >= 1);
        int before = output.updateCount();
        javafx.scene.control.Slider w1 = robot.lookup("#lesson-w1").queryAs(javafx.scene.control.Slider.class);
        robot.interact(() -> w1.setValue(-2));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> output.updateCount() > before);
        assertTrue(output.isVisible());
    }
}

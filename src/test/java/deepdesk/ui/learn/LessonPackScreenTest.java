package deepdesk.ui.learn;

import deepdesk.core.data.Dataset;
import deepdesk.core.lesson.LessonPack;
import deepdesk.core.lesson.LessonPackQuestion;
import deepdesk.ui.common.chart.LiveLineChart;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
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
class LessonPackScreenTest {

    private LearnView view;

    @Start
    void start(Stage stage) {
        view = new LearnView(LearnView.standardLessons(Runnable::run, Runnable::run,
                new SimpleObjectProperty<Dataset>()), new SimpleBooleanProperty(false));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void openingAPackSelectsItsLessonAppliesItsSettingsAndHidesAndLocksItsControls(FxRobot robot) {
        robot.interact(() -> view.select("neuron"));
        Map<String, String> settings = regressionSettings();
        settings.put("learning-rate", "0.3");
        settings.put("start.w", "-2");
        settings.put("start.b", "1.5");
        LessonPack pack = LessonPack.of("regression", "Steps", "Press Play and watch.", settings,
                List.of("data", "verdict"), List.of("learning-rate"), List.of());

        robot.interact(() -> view.openPack(pack));

        assertEquals("regression", view.currentLesson().lessonId());
        assertTrue(robot.lookup("#lesson-choice-neuron").queryAs(ToggleButton.class).isDisabled());
        assertEquals("0.3", view.currentLesson().settings().get("learning-rate"));
        Label step = robot.lookup("#lesson-step-count").queryAs(Label.class);
        assertTrue(step.getText().contains("w = -2.000") && step.getText().contains("b = 1.500"),
                step.getText());
        Slider rate = robot.lookup("#lesson-learning-rate").queryAs(Slider.class);
        assertEquals(Math.log10(0.3), rate.getValue(), 1e-9, "the slider shows the pack's rate");
        assertTrue(rate.isDisabled(), "the learning rate is locked");
        assertFalse(isShown(control("data")), "the data controls are hidden");
        assertFalse(isShown(robot.lookup("#lesson-verdict").query()));
        assertFalse(robot.lookup("#lesson-step").queryAs(Button.class).isDisabled());
        assertEquals("Press Play and watch.",
                robot.lookup("#lesson-pack-instructions").queryAs(Label.class).getText());

        robot.clickOn("#lesson-pack-exit");

        assertFalse(rate.isDisabled());
        assertTrue(isShown(control("data")));
        assertFalse(robot.lookup("#lesson-choice-neuron").queryAs(ToggleButton.class).isDisabled());
        assertFalse(robot.lookup("#lesson-pack-banner").query().isVisible());
        assertEquals("0.3", view.currentLesson().settings().get("learning-rate"),
                "leaving the pack keeps the lesson as it is");
    }

    @Test
    void aQuestionBlocksTheRunUntilAnsweredAndRevealRunsWithItsSettings(FxRobot robot)
            throws Exception {
        LessonPackQuestion question = new LessonPackQuestion(
                "What happens to the loss if the learning rate is 3?",
                List.of("It falls faster", "It grows without bound"), 1,
                "Each step overshoots the valley.", Map.of("learning-rate", "3"));
        LessonPack pack = LessonPack.of("regression", "", "", regressionSettings(), List.of(),
                List.of(), List.of(question));
        robot.interact(() -> view.openPack(pack));
        Label step = robot.lookup("#lesson-step-count").queryAs(Label.class);

        assertTrue(robot.lookup("#lesson-step").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#lesson-play").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#question-reveal").queryAs(Button.class).isDisabled(),
                "Reveal waits for an answer");
        robot.clickOn("#lesson-contour-map");
        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(step.getText().startsWith("Step 0:"), "no step was taken: " + step.getText());

        robot.clickOn("#question-choice-1");
        robot.clickOn("#question-reveal");

        assertEquals("3.0", view.currentLesson().settings().get("learning-rate"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !step.getText().startsWith("Step 0:"));
        Label result = robot.lookup("#question-result").queryAs(Label.class);
        assertTrue(result.getText().startsWith("Right.") && result.getText().contains("overshoots"),
                result.getText());
        assertFalse(robot.lookup("#lesson-step").queryAs(Button.class).isDisabled());
        robot.clickOn("#question-next");
        assertFalse(robot.lookup("#question-card").query().isVisible());
    }

    @Test
    void aWrongAnswerIsToldTheRightOneAndTheNextQuestionStartsFromThePack(FxRobot robot) {
        LessonPackQuestion first = new LessonPackQuestion("First?", List.of("a", "b", "c"), 0,
                "Because a.", Map.of("learning-rate", "1"));
        LessonPackQuestion second = new LessonPackQuestion("Second?", List.of("x", "y"), 1,
                "", Map.of());
        LessonPack pack = LessonPack.of("regression", "", "", regressionSettings(), List.of(),
                List.of(), List.of(first, second));
        robot.interact(() -> view.openPack(pack));

        robot.clickOn("#question-choice-2");
        robot.clickOn("#question-reveal");
        Label result = robot.lookup("#question-result").queryAs(Label.class);
        assertEquals("Not quite: the answer is \"a\". Because a.", result.getText());
        robot.clickOn("#question-next");

        assertEquals("Second?", robot.lookup("#question-text").queryAs(Label.class).getText());
        assertEquals("0.05", view.currentLesson().settings().get("learning-rate"),
                "the next question starts from the pack's settings");
        assertTrue(robot.lookup("#lesson-step").queryAs(Button.class).isDisabled());
    }

    @Test
    void presentationModeEnlargesTextAndFormulasAndEscLeavesIt(FxRobot robot) throws Exception {
        Label step = robot.lookup("#lesson-step-count").queryAs(Label.class);
        GridPane formulas = robot.lookup("#lesson-formulas").queryAs(GridPane.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> formulas.getChildren().size() == 6);
        double normalFont = step.getFont().getSize();
        double normalFormula = formulaHeight(formulas);

        robot.clickOn("#lesson-present");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> formulaHeight(formulas) > normalFormula * 1.3);

        assertTrue(step.getFont().getSize() >= LearnView.PRESENTATION_FONT_MIN, step.getFont().toString());
        assertTrue(step.getFont().getSize() > normalFont * 1.3, step.getFont().toString());
        assertTrue(robot.lookup("#presentation-bar").query().isVisible());
        assertFalse(robot.lookup("#lesson-list").query().isVisible(),
                "the lesson list is hidden while presenting");
        assertEquals(LessonPage.PRESENTATION_SCALE, activationChart().textScale(),
                "canvas charts of the other lessons grow too");
        robot.interact(() -> view.hideWhilePresenting("formulas", true));
        assertFalse(isShown(formulas));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Math.abs(formulaHeight(formulas) - normalFormula) < 1);

        assertFalse(view.presentationProperty().get());
        assertEquals(normalFont, step.getFont().getSize(), 1e-9);
        assertEquals(1, activationChart().textScale());
        assertTrue(isShown(formulas), "controls hidden for the audience come back");
        assertTrue(robot.lookup("#lesson-list").query().isVisible());
    }

    private LiveLineChart activationChart() {
        LessonPage neuron = view.lessons().stream().filter(l -> l.lessonId().equals("neuron")).findFirst()
                .orElseThrow();
        return (LiveLineChart) neuron.view().lookup("#lesson-activation-chart");
    }

    private Node control(String id) {
        return view.currentLesson().controls().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow().node();
    }

    private static boolean isShown(Node node) {
        return node.isVisible() && node.isManaged();
    }

    private static double formulaHeight(GridPane formulas) {
        return ((ImageView) formulas.getChildren().get(0)).getImage().getHeight();
    }

    private static Map<String, String> regressionSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("data", "generated");
        settings.put("data.seed", "5");
        settings.put("learning-rate", "0.05");
        settings.put("steps-per-second", "60");
        return settings;
    }
}

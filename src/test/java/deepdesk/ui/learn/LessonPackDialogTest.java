package deepdesk.ui.learn;

import deepdesk.core.data.Dataset;
import deepdesk.core.lesson.LessonPack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class LessonPackDialogTest {

    private LearnView view;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new LearnView(LearnView.standardLessons(Runnable::run, Runnable::run,
                new SimpleObjectProperty<Dataset>()), new SimpleBooleanProperty(false));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void theDialogTakesTheLessonsSettingsTheChosenControlsAndTheQuestions(FxRobot robot)
            throws Exception {
        LessonPack pack = WaitForAsyncUtils.asyncFx(() -> {
            LessonPage lesson = view.currentLesson();
            LessonPackDialog dialog = new LessonPackDialog(lesson, null);
            Node pane = form(dialog);
            ((TextField) pane.lookup("#lesson-pack-dialog-title")).setText("Big steps");
            ((TextArea) pane.lookup("#lesson-pack-dialog-instructions")).setText("Predict first.");
            ((CheckBox) pane.lookup("#lesson-pack-hide-data")).setSelected(true);
            ((CheckBox) pane.lookup("#lesson-pack-lock-learning-rate")).setSelected(true);
            ((Button) pane.lookup("#lesson-pack-add-question")).fire();
            ((TextField) pane.lookup("#question-editor-text-1")).setText("What if α = 3?");
            ((TextField) pane.lookup("#question-editor-choice-1-0")).setText("Faster");
            ((TextField) pane.lookup("#question-editor-choice-1-2")).setText("It diverges");
            ((RadioButton) pane.lookup("#question-editor-right-1-2")).setSelected(true);
            ((TextArea) pane.lookup("#question-editor-reveal-1")).setText("learning-rate = 3\n");
            return dialog.pack(lesson.lessonId());
        }).get(5, TimeUnit.SECONDS);

        assertEquals("regression", pack.lesson());
        assertEquals("Big steps", pack.title());
        assertEquals(List.of("data"), pack.hiddenControls());
        assertEquals(List.of("learning-rate"), pack.lockedControls());
        assertEquals(view.currentLesson().settings(), pack.settings());
        assertEquals(List.of("Faster", "It diverges"), pack.questions().get(0).choices());
        assertEquals(1, pack.questions().get(0).answer(), "the empty answer field is left out");
        assertEquals("3", pack.questions().get(0).revealSettings().get("learning-rate"));
    }

    @Test
    void aRevealSettingTheLessonDoesNotHaveIsNamed(FxRobot robot) throws Exception {
        IllegalArgumentException e = WaitForAsyncUtils.asyncFx(() -> {
            LessonPackDialog dialog = new LessonPackDialog(view.currentLesson(), null);
            Node pane = form(dialog);
            ((Button) pane.lookup("#lesson-pack-add-question")).fire();
            ((TextField) pane.lookup("#question-editor-text-1")).setText("Q?");
            ((TextField) pane.lookup("#question-editor-choice-1-0")).setText("a");
            ((TextField) pane.lookup("#question-editor-choice-1-1")).setText("b");
            ((TextArea) pane.lookup("#question-editor-reveal-1")).setText("learning-rate = 3\nmomentum = 0.9");
            return assertThrows(IllegalArgumentException.class, () -> dialog.pack("regression"));
        }).get(5, TimeUnit.SECONDS);
        assertTrue(e.getMessage().startsWith("line 2 of the reveal settings of \"Q?\" names momentum"),
                e.getMessage());
    }

    /** The dialog's form: inside a scroll pane, whose content a lookup reaches only once shown. */
    private static Node form(LessonPackDialog dialog) {
        VBox content = (VBox) dialog.getDialogPane().getContent();
        return ((ScrollPane) content.getChildren().get(0)).getContent();
    }

    @Test
    void aPackFileOpensOnTheScreenAndABrokenOneIsExplained(FxRobot robot) throws Exception {
        Path golden = Path.of("src", "test", "resources", "deepdesk", "core", "lesson",
                "learning-rate-v1.ddlesson");
        Path broken = dir.resolve("broken.ddlesson");
        Files.writeString(broken, "{\"kind\": \"deepdesk-lesson\", \"formatVersion\": 1, \"lesson\": \"chess\"}");
        LessonPackCommands commands = WaitForAsyncUtils.asyncFx(() -> new LessonPackCommands(stage,
                view, () -> { }, Runnable::run, Runnable::run)).get(5, TimeUnit.SECONDS);

        robot.interact(() -> commands.open(golden));
        assertEquals("How big a step?", robot.lookup("#lesson-pack-title").queryAs(Label.class).getText());
        assertEquals("7", view.currentLesson().settings().get("data.seed"));
        assertEquals("-0.8", view.currentLesson().settings().get("start.w"));

        robot.interact(() -> commands.open(broken));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String message = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(message.contains("\"chess\"") && message.contains("\"regression\""), message);
        assertTrue(LessonPackCommands.isLessonPack(golden));
        assertFalse(LessonPackCommands.isLessonPack(Path.of("iris.csv")));
    }
}

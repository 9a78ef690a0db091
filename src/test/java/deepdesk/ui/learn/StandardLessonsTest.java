package deepdesk.ui.learn;

import deepdesk.core.data.Dataset;
import deepdesk.ui.common.BackgroundExecutor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The Learn screen as the application builds it: the five lessons of the course, each reachable. */
@ExtendWith(ApplicationExtension.class)
class StandardLessonsTest {

    private final BackgroundExecutor worker = new BackgroundExecutor(2);
    private LearnView view;

    @Start
    void start(Stage stage) {
        view = new LearnView(LearnView.standardLessons(worker, Platform::runLater,
                new SimpleObjectProperty<Dataset>()), new SimpleBooleanProperty(false));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(view::dispose).get(10, TimeUnit.SECONDS);
        worker.shutdown();
    }

    @Test
    void everyLessonOfTheCourseIsListedAndShowsItsOwnPage(FxRobot robot) throws Exception {
        assertEquals(List.of("regression", "neuron", "backprop", "overfitting", "playground"), view.lessonIds());
        Map<String, String> pages = Map.of("regression", "#lesson-linear-regression",
                "neuron", "#lesson-neuron", "backprop", "#lesson-backprop",
                "overfitting", "#lesson-overfitting", "playground", "#lesson-playground");
        for (String id : view.lessonIds()) {
            robot.clickOn("#lesson-choice-" + id);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(id, view.currentLesson().lessonId());
            assertSame(view.currentLesson().view(), robot.lookup(pages.get(id)).query(),
                    "the page of " + id + " is on screen");
        }
    }
}

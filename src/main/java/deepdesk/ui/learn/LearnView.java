package deepdesk.ui.learn;

import deepdesk.core.data.Dataset;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The Learn screen: lessons that show the formulas of deep learning with live numbers from the
 * real engine. Lesson 1 (linear regression and gradient descent) is here; the list says which
 * lessons are still to come rather than showing empty pages.
 *
 * <p>Threading: FX thread only.
 */
public final class LearnView extends BorderPane {

    /**
     * Creates the screen.
     *
     * @param worker      where lesson arithmetic runs
     * @param fx          how results reach the FX thread
     * @param openDataset the dataset open on the Data screen, for lessons on the user's own data
     * @param dark        whether the dark theme is on
     */
    public LearnView(Executor worker, Executor fx, ObservableValue<Dataset> openDataset,
                     ObservableBooleanValue dark) {
        setId("screen-learn");
        LinearRegressionLessonViewModel lessonModel = new LinearRegressionLessonViewModel(worker, fx);
        LinearRegressionLessonView lesson = new LinearRegressionLessonView(lessonModel, openDataset);
        lesson.setDark(dark.get());
        dark.addListener((o, a, d) -> lesson.setDark(d));

        Label lessons = new Label("1. Linear regression and gradient descent");
        lessons.setId("lesson-list");
        lessons.setWrapText(true);
        lessons.getStyleClass().addAll("text-bold", "accent");
        Label coming = new Label("Still to come: one neuron and its activations; forward and "
                + "backward propagation step by step; overfitting and regularisation; the "
                + "Playground datasets.");
        coming.setWrapText(true);
        coming.getStyleClass().add("text-muted");
        Label heading = new Label("Lessons");
        heading.getStyleClass().add("title-4");
        VBox side = new VBox(8, heading, lessons, coming);
        side.setPadding(new Insets(12));
        side.setPrefWidth(200);
        side.setMinWidth(200);
        setLeft(side);
        setCenter(lesson);
    }
}

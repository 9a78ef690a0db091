package deepdesk.ui.learn;

import deepdesk.core.data.Dataset;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The Learn screen: lessons that show the formulas of deep learning with live numbers from the
 * real engine. The list on the left chooses the lesson and says which lessons are still to
 * come rather than showing empty pages.
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
        LinearRegressionLessonView regression = new LinearRegressionLessonView(
                new LinearRegressionLessonViewModel(worker, fx), openDataset);
        NeuronLessonViewModel neuronModel = new NeuronLessonViewModel(worker, fx);
        NeuronLessonView neuron = new NeuronLessonView(neuronModel);
        Runnable applyTheme = () -> {
            regression.setDark(dark.get());
            neuron.setDark(dark.get());
            neuronModel.darkProperty().set(dark.get());
        };
        applyTheme.run();
        dark.addListener((o, a, d) -> applyTheme.run());

        ToggleGroup choice = new ToggleGroup();
        ToggleButton first = lessonButton("1. Linear regression and gradient descent",
                "lesson-choice-regression", regression, choice);
        ToggleButton second = lessonButton("2. One neuron and its activation",
                "lesson-choice-neuron", neuron, choice);
        choice.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                setCenter((Node) now.getUserData());
            }
        });
        first.setSelected(true);

        Label coming = new Label("Still to come: forward and backward propagation step by step; "
                + "overfitting and regularisation; the Playground datasets.");
        coming.setWrapText(true);
        coming.getStyleClass().add("text-muted");
        Label heading = new Label("Lessons");
        heading.getStyleClass().add("title-4");
        VBox side = new VBox(8);
        side.getChildren().add(heading);
        side.getChildren().addAll(List.of(first, second));
        side.getChildren().add(coming);
        side.setPadding(new Insets(12));
        side.setPrefWidth(210);
        side.setMinWidth(210);
        setLeft(side);
    }

    private static ToggleButton lessonButton(String text, String id, Node lesson, ToggleGroup group) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setUserData(lesson);
        button.setToggleGroup(group);
        return button;
    }
}

package deepdesk.ui.training;

import deepdesk.ui.common.EmptyState;
import javafx.scene.layout.StackPane;

/**
 * The Train screen. Until it is built it shows an empty state saying what it will hold.
 *
 * <p>Threading: FX thread only.
 */
public final class TrainingView extends StackPane {

    /** Creates the screen. */
    public TrainingView() {
        setId("screen-training");
        getChildren().add(new EmptyState("Train",
                "Not built yet. Here you will train the model and watch it learn: live loss and metric curves, pause, step and stop, and runs compared side by side."));
    }
}

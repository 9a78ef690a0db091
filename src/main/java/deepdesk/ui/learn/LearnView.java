package deepdesk.ui.learn;

import deepdesk.ui.common.EmptyState;
import javafx.scene.layout.StackPane;

/**
 * The Learn screen. Until it is built it shows an empty state saying what it will hold.
 *
 * <p>Threading: FX thread only.
 */
public final class LearnView extends StackPane {

    /** Creates the screen. */
    public LearnView() {
        setId("screen-learn");
        getChildren().add(new EmptyState("Learn",
                "Not built yet. Here you will find short lessons that run live: linear regression, mean squared error, gradient descent, forward and backward propagation, and over- and under-fitting."));
    }
}

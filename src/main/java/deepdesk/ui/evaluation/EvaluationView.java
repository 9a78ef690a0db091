package deepdesk.ui.evaluation;

import deepdesk.ui.common.EmptyState;
import javafx.scene.layout.StackPane;

/**
 * The Evaluate screen. Until it is built it shows an empty state saying what it will hold.
 *
 * <p>Threading: FX thread only.
 */
public final class EvaluationView extends StackPane {

    /** Creates the screen. */
    public EvaluationView() {
        setId("screen-evaluation");
        getChildren().add(new EmptyState("Evaluate",
                "Not built yet. Here you will judge a trained model on held-out test data: metrics, confusion matrix, and predicted against actual values."));
    }
}

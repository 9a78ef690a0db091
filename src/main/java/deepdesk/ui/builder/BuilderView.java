package deepdesk.ui.builder;

import deepdesk.ui.common.EmptyState;
import javafx.scene.layout.StackPane;

/**
 * The Model screen. Until it is built it shows an empty state saying what it will hold.
 *
 * <p>Threading: FX thread only.
 */
public final class BuilderView extends StackPane {

    /** Creates the screen. */
    public BuilderView() {
        setId("screen-builder");
        getChildren().add(new EmptyState("Model",
                "Not built yet. Here you will build a network for the prepared data: layers, activations, loss and initialisation, with its parameter count as you edit it."));
    }
}

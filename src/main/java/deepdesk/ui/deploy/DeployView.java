package deepdesk.ui.deploy;

import deepdesk.ui.common.EmptyState;
import javafx.scene.layout.StackPane;

/**
 * The Deploy screen. Until it is built it shows an empty state saying what it will hold.
 *
 * <p>Threading: FX thread only.
 */
public final class DeployView extends StackPane {

    /** Creates the screen. */
    public DeployView() {
        setId("screen-deploy");
        getChildren().add(new EmptyState("Deploy",
                "Not built yet. Here you will save the trained model as a file, export it to ONNX and serve its predictions over HTTP."));
    }
}

package deepdesk.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The JavaFX application and composition root: builds every service and view and wires them by
 * constructor.
 *
 * <p>Threading: {@link #start} and {@link #stop} run on the FX thread.
 */
public final class DeepDeskApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("DeepDesk");
        stage.setScene(new Scene(new Label("DeepDesk"), 1200, 800));
        stage.show();
    }
}

package deepdesk.ui.learn;

import deepdesk.core.lesson.LessonPack;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The band above a lesson opened from a lesson pack: the pack's title and instructions, and the
 * button that leaves the pack's restrictions.
 *
 * <p>Threading: FX thread only.
 */
final class LessonPackBanner extends HBox {

    private final Label title = new Label();
    private final Label instructions = new Label();

    /**
     * Creates the banner, hidden until a pack is shown.
     *
     * @param onExit what "Exit lesson pack" does
     */
    LessonPackBanner(Runnable onExit) {
        setId("lesson-pack-banner");
        getStyleClass().add("lesson-pack-banner");
        setSpacing(16);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(10, 14, 10, 14));
        title.setId("lesson-pack-title");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        instructions.setId("lesson-pack-instructions");
        instructions.setWrapText(true);
        VBox text = new VBox(4, title, instructions);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button exit = new Button("Exit lesson pack");
        exit.setId("lesson-pack-exit");
        exit.setMinWidth(USE_PREF_SIZE);
        exit.setTooltip(new Tooltip("Show every control again and choose any lesson; the lesson "
                + "keeps its current settings"));
        exit.setOnAction(e -> onExit.run());
        getChildren().addAll(text, exit);
        show(null);
    }

    /** Shows {@code pack}'s title and instructions, or hides the banner for {@code null}. */
    void show(LessonPack pack) {
        boolean on = pack != null;
        setVisible(on);
        setManaged(on);
        if (on) {
            title.setText(pack.title().isBlank() ? "Lesson pack" : pack.title());
            instructions.setText(pack.instructions());
            instructions.setVisible(!pack.instructions().isBlank());
            instructions.setManaged(!pack.instructions().isBlank());
        }
    }
}

package deepdesk.ui.learn;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The thin bar shown in presentation mode: how to leave it, whether the lesson list shows, and
 * which of the lesson's controls to hide from the audience.
 *
 * <p>Threading: FX thread only.
 */
final class PresentationBar extends HBox {

    /**
     * Creates the bar.
     *
     * @param controls  the controls of the lesson on screen
     * @param hidden    the names of the controls hidden while presenting; the bar edits this set
     * @param changed   called after {@code hidden} changed
     * @param listShown whether the lesson list shows while presenting
     * @param leave     leaves presentation mode
     */
    PresentationBar(Supplier<List<LessonControl>> controls, Set<String> hidden, Runnable changed,
                    BooleanProperty listShown, Runnable leave) {
        setId("presentation-bar");
        getStyleClass().add("presentation-bar");
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 14, 6, 14));
        Label what = new Label("Presentation mode: Esc leaves");
        what.getStyleClass().add("text-muted");
        ToggleButton list = new ToggleButton("Lesson list");
        list.setId("presentation-lesson-list");
        list.selectedProperty().bindBidirectional(listShown);
        MenuButton hide = new MenuButton("Hide controls");
        hide.setId("presentation-hide-controls");
        hide.setOnShowing(e -> {
            hide.getItems().clear();
            for (LessonControl c : controls.get()) {
                CheckMenuItem item = new CheckMenuItem(c.label());
                item.setId("presentation-hide-" + c.id());
                item.setSelected(hidden.contains(c.id()));
                item.setOnAction(a -> {
                    if (item.isSelected()) {
                        hidden.add(c.id());
                    } else {
                        hidden.remove(c.id());
                    }
                    changed.run();
                });
                hide.getItems().add(item);
            }
        });
        Button exit = new Button("Leave presentation");
        exit.setId("presentation-leave");
        exit.setOnAction(e -> leave.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(what, gap, list, hide, exit);
    }
}

package deepdesk.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A centred title and a sentence or two saying what a screen or pane will show, used until there
 * is something real to show. Never fake content.
 *
 * <p>Threading: FX thread only.
 */
public final class EmptyState extends VBox {

    /**
     * Creates the empty state.
     *
     * @param title   a short heading
     * @param text    one or two sentences
     * @param actions optional buttons or links under the text
     */
    public EmptyState(String title, String text, Node... actions) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        Label heading = new Label(title);
        heading.getStyleClass().add("empty-state-title");
        Label body = new Label(text);
        body.getStyleClass().add("empty-state-text");
        body.setWrapText(true);
        body.setMaxWidth(520);
        getChildren().addAll(heading, body);
        getChildren().addAll(actions);
    }
}

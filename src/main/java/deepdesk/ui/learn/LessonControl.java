package deepdesk.ui.learn;

import java.util.Objects;
import javafx.scene.Node;

/**
 * A control of a lesson that a lesson pack may hide or lock, such as the learning-rate slider.
 *
 * @param id    the stable name written into lesson packs, such as {@code "learning-rate"}
 * @param label what the teacher sees when choosing what to hide, such as "Learning rate"
 * @param node  the control together with its label, hidden or disabled as one
 *
 * <p>Threading: immutable; the node itself belongs to the FX thread.
 */
public record LessonControl(String id, String label, Node node) {

    /** Checks that every part is present. */
    public LessonControl {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(node, "node");
    }
}

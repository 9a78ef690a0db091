package deepdesk.ui.learn;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;

/**
 * One lesson as the Learn screen and lesson packs see it: a view, the controls a teacher may hide
 * or lock, and the lesson's settings as plain text so that a pack can save and restore exactly
 * what the teacher saw.
 *
 * <p>Threading: FX thread only.
 */
public interface LessonPage {

    /** How much larger text drawn on canvases and formulas become in presentation mode. */
    double PRESENTATION_SCALE = 1.5;

    /** The stable name written into lesson packs, such as {@code "regression"}. */
    String lessonId();

    /** The title shown in the lesson list, such as "1. Linear regression and gradient descent". */
    String title();

    /** The lesson's content. */
    Node view();

    /** The controls a teacher may hide or lock, in the order they appear on screen. */
    List<LessonControl> controls();

    /**
     * The names of the controls that run the experiment or show its outcome, such as Step and
     * Play; they are locked while a "predict, then reveal" question waits for its answer. By
     * default every control, which is safe but also greys out what only displays.
     */
    default Set<String> runControls() {
        return controls().stream().map(LessonControl::id).collect(Collectors.toSet());
    }

    /**
     * The lesson's current settings: data, seed, network and hyperparameters, each as one
     * key and a plain-text value.
     */
    Map<String, String> settings();

    /**
     * Restores settings written by {@link #settings()} and stops a running experiment. Keys the
     * lesson does not know are ignored and a missing key takes the lesson's default, so that
     * older packs keep opening and show the same thing everywhere. A value the lesson cannot use
     * is refused before anything changes.
     *
     * @throws IllegalArgumentException naming the key and the value that cannot be used
     */
    void applySettings(Map<String, String> settings);

    /** Starts the lesson's experiment as its own Play or Train button would. */
    void run();

    /** Switches the lesson's drawings between the light and dark palettes. */
    void setDark(boolean dark);

    /**
     * Enlarges what the screen's font size does not reach (formulas drawn as images, text drawn
     * on a canvas) for presentation mode, or returns it to normal.
     */
    default void setPresentation(boolean presenting) {
    }

    /** Stops the lesson for good, ending any thread of its own; the application is closing. */
    default void dispose() {
    }
}

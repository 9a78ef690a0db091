package deepdesk.ui.learn;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Play for a stepping lesson: while {@code playing} is on, a timer calls the lesson's tick at
 * {@code stepsPerSecond}; the pace follows the speed control, and play stops when the lesson
 * leaves the screen or is hidden.
 *
 * <p>Threading: FX thread only.
 */
final class LessonPlayer {

    private final Timeline timer = new Timeline();
    private final BooleanProperty playing;
    private final DoubleProperty stepsPerSecond;
    private final double slowest;
    private final Runnable tick;

    /**
     * Starts following {@code playing} and {@code stepsPerSecond}.
     *
     * @param lesson  the lesson's view; play stops when it leaves the scene or is hidden
     * @param slowest the fewest steps per second the timer runs at
     * @param tick    one step of the lesson
     */
    LessonPlayer(Node lesson, BooleanProperty playing, DoubleProperty stepsPerSecond, double slowest,
                 Runnable tick) {
        this.playing = playing;
        this.stepsPerSecond = stepsPerSecond;
        this.slowest = slowest;
        this.tick = tick;
        timer.setCycleCount(Timeline.INDEFINITE);
        pace();
        stepsPerSecond.addListener((o, a, b) -> pace());
        playing.addListener((o, a, on) -> {
            if (on) {
                timer.play();
            } else {
                timer.stop();
            }
        });
        lesson.sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                playing.set(false);
            }
        });
        lesson.visibleProperty().addListener((o, a, visible) -> {
            if (!visible) {
                playing.set(false);
            }
        });
    }

    private void pace() {
        timer.getKeyFrames().setAll(new KeyFrame(
                Duration.seconds(1 / Math.max(slowest, stepsPerSecond.get())), e -> tick.run()));
        if (playing.get()) {
            timer.playFromStart();
        }
    }
}

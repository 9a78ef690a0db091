package deepdesk.ui.learn;

/**
 * How fast the Playground trains while playing: a few epochs a second to follow each change,
 * TensorFlow Playground's own pace, or as fast as the engine goes.
 *
 * <p>Threading: immutable.
 */
public enum PlaygroundSpeed {

    /** Five epochs a second, to follow each step. */
    SLOW("5 epochs/s", 5),
    /** Thirty epochs a second, about TensorFlow Playground's pace. */
    STEADY("30 epochs/s", 30),
    /** As fast as the engine trains. */
    FULL("Full speed", 0);

    private final String label;
    private final int epochsPerSecond;

    PlaygroundSpeed(String label, int epochsPerSecond) {
        this.label = label;
        this.epochsPerSecond = epochsPerSecond;
    }

    /** What the speed menu shows. */
    public String label() {
        return label;
    }

    /** Epochs trained per second while playing; 0 for no limit. */
    public int epochsPerSecond() {
        return epochsPerSecond;
    }

    /** Whether play trains one epoch at a time on a timer. */
    public boolean isPaced() {
        return epochsPerSecond > 0;
    }
}

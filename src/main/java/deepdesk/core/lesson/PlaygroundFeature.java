package deepdesk.core.lesson;

/**
 * An input the Playground can feed the network, computed from a point's two coordinates as
 * TensorFlow Playground does: the coordinates themselves, their squares, their product and their
 * sines, all in the plane's own units (about -6..6), unscaled.
 *
 * <p>Threading: immutable.
 */
public enum PlaygroundFeature {

    /** The first coordinate, x₁. */
    X1("x₁", "x1"),
    /** The second coordinate, x₂. */
    X2("x₂", "x2"),
    /** x₁², high far left and far right. */
    X1_SQUARED("x₁²", "x1^2"),
    /** x₂², high far up and far down. */
    X2_SQUARED("x₂²", "x2^2"),
    /** x₁·x₂, positive in two opposite quadrants. */
    X1_TIMES_X2("x₁·x₂", "x1*x2"),
    /** sin x₁, stripes across the first coordinate. */
    SIN_X1("sin x₁", "sin(x1)"),
    /** sin x₂, stripes across the second coordinate. */
    SIN_X2("sin x₂", "sin(x2)");

    private final String label;
    private final String key;

    PlaygroundFeature(String label, String key) {
        this.label = label;
        this.key = key;
    }

    /** How the feature is written on screen, such as "x₁²". */
    public String label() {
        return label;
    }

    /** The plain-text name used in settings and lesson packs, such as {@code x1^2}. */
    public String key() {
        return key;
    }

    /** The feature's value at the point (x₁, x₂). */
    public double compute(double x1, double x2) {
        return switch (this) {
            case X1 -> x1;
            case X2 -> x2;
            case X1_SQUARED -> x1 * x1;
            case X2_SQUARED -> x2 * x2;
            case X1_TIMES_X2 -> x1 * x2;
            case SIN_X1 -> Math.sin(x1);
            case SIN_X2 -> Math.sin(x2);
        };
    }

    /**
     * The feature named {@code key}.
     *
     * @throws IllegalArgumentException naming the key when no feature has it
     */
    public static PlaygroundFeature ofKey(String key) {
        for (PlaygroundFeature feature : values()) {
            if (feature.key.equals(key.trim())) {
                return feature;
            }
        }
        throw new IllegalArgumentException("no Playground feature is called '" + key + "'");
    }
}

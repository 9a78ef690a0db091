package deepdesk.core.lesson;

/**
 * Which rows each gradient-descent step looks at.
 *
 * <p>Threading: immutable.
 */
public enum DescentVariant {
    /** Every row: the exact gradient, a smooth path. */
    FULL_BATCH("Full batch"),
    /** A random batch of rows: a cheaper, noisier gradient. */
    MINI_BATCH("Mini-batch"),
    /** One random row: the noisiest path. */
    STOCHASTIC("Stochastic (one row)");

    private final String label;

    DescentVariant(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}

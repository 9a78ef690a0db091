package deepdesk.core.engine;

/**
 * Which implementation runs the network math.
 *
 * <p>Threading: immutable.
 */
public enum BackendKind {
    /** Choose per model and batch size by the measured cost rule in {@link BackendSelector}. */
    AUTO,
    /** Plain Java loops over float arrays: fastest for small layers and batches. */
    JAVA,
    /** ND4J with OpenBLAS matrix products: fastest for wide layers and big batches. */
    ND4J
}

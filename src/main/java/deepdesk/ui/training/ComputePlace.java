package deepdesk.ui.training;

/**
 * Where a run computes: on this machine with the local trainer, or on Apache Spark, either an
 * embedded {@code local[...]} master in this process or a cluster reached by its master URL.
 *
 * <p>Threading: immutable.
 */
public enum ComputePlace {

    /** The local trainer, in this process. */
    THIS_MACHINE("This machine", ""),
    /** Spark's embedded master, with this machine's cores as executors. */
    SPARK_LOCAL("Spark local", "local[*]"),
    /** A Spark cluster reached by its master URL. */
    SPARK_CLUSTER("Spark cluster", "spark://127.0.0.1:7077");

    private final String title;
    private final String defaultMaster;

    ComputePlace(String title, String defaultMaster) {
        this.title = title;
        this.defaultMaster = defaultMaster;
    }

    /** The name shown in the choice. */
    public String title() {
        return title;
    }

    /** The master URL the choice starts with; empty for this machine. */
    public String defaultMaster() {
        return defaultMaster;
    }

    /** Whether runs go to Spark. */
    public boolean isSpark() {
        return this != THIS_MACHINE;
    }

    @Override
    public String toString() {
        return title;
    }
}

package deepdesk.core.engine.bench;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Sets how many threads ND4J's native code (its OpenMP loops and OpenBLAS) may use.
 *
 * <p>Threading: call from the thread that owns the networks, between steps.
 */
public final class NativeThreads {

    private NativeThreads() {
    }

    /** Limits ND4J and OpenBLAS to {@code threads} threads. */
    public static void set(int threads) {
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /** The thread count OpenBLAS reports. */
    public static int blasThreads() {
        return Nd4j.factory().blas().getMaxThreads();
    }
}

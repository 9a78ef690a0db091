package deepdesk.core.engine;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Sets how many threads ND4J's native code (its OpenMP loops and OpenBLAS) may use. The
 * environment variables {@code OMP_NUM_THREADS} and {@code OPENBLAS_NUM_THREADS} set the same
 * limit at start-up; this changes it while running.
 *
 * <p>decision: the ND4J backend never runs Java worker threads of its own: on two cores a Java
 * pool beside OpenBLAS's pool was measured up to three times slower than either alone, so the
 * native thread count is the one knob.
 *
 * <p>Threading: call from the thread that owns the networks, between steps, never while a
 * network computes. Loads ND4J's native libraries on first use.
 */
public final class NativeThreads {

    private NativeThreads() {
    }

    /** Limits ND4J and OpenBLAS to {@code threads} threads (at least 1). */
    public static void set(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("need at least one thread, got " + threads);
        }
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /** The thread count OpenBLAS reports. */
    public static int blasThreads() {
        return Nd4j.factory().blas().getMaxThreads();
    }
}

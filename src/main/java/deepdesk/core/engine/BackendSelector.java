package deepdesk.core.engine;

import deepdesk.core.model.ModelSpec;

/**
 * Resolves {@link BackendKind#AUTO} to a concrete backend for a model and batch size.
 *
 * <p>Threading: stateless; safe from any thread.
 */
public final class BackendSelector {

    /** Multiply-adds per batch from which ND4J is faster than plain Java. */
    static final long ND4J_MIN_MACS_PER_BATCH = 2_000_000L;

    private BackendSelector() {
    }

    /**
     * The backend to use.
     *
     * @param requested    what the user asked for; JAVA and ND4J are returned unchanged
     * @param spec         the architecture
     * @param maxBatchSize the batch size of training
     */
    public static BackendKind resolve(BackendKind requested, ModelSpec spec, int maxBatchSize) {
        if (requested != BackendKind.AUTO) {
            return requested;
        }
        long macs = (long) maxBatchSize * multiplyAddsPerRow(spec);
        return macs >= ND4J_MIN_MACS_PER_BATCH ? BackendKind.ND4J : BackendKind.JAVA;
    }

    /** Multiply-adds of one row's forward pass: the sum over layers of inputs times units. */
    public static long multiplyAddsPerRow(ModelSpec spec) {
        long macs = 0;
        for (int l = 0; l < spec.layerCount(); l++) {
            macs += (long) spec.inputWidthOf(l) * spec.unitsOf(l);
        }
        return macs;
    }
}

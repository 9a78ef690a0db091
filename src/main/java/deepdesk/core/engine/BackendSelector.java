package deepdesk.core.engine;

import deepdesk.core.model.ModelSpec;

/**
 * Resolves {@link BackendKind#AUTO} to a concrete backend for a model and batch size.
 *
 * <p>Threading: stateless; safe from any thread.
 */
public final class BackendSelector {

    /** Multiply-adds per batch and per layer from which ND4J is faster than plain Java. */
    static final long ND4J_MIN_MACS_PER_BATCH_AND_LAYER = 60_000L;

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
        // decision: ND4J when the multiply-adds of one batch reach 60,000 per layer. Measured
        // (process CPU time per training step, SGD, 1 thread, input 64, two ReLU hidden layers
        // of width w, 10 softmax outputs): Java costs about 0.9 ns per multiply-add (forward,
        // weight gradient and input gradient together); ND4J costs about 40 us per layer in
        // fixed overhead (GEMM calls and copies between heap and native memory) plus about
        // 0.15 ns per multiply-add. Java/ND4J time ratio by (w, batch): (16, 128) 0.94 at 184k
        // multiply-adds; (32, 32) 0.62 at 109k; (64, 32) 1.35 at 283k; (32, 128) 2.15 at 434k;
        // (64, 128) 3.4 at 1.1M; (128, 32) 3.1 at 827k; (256, 128) 6.3 at 10.8M; for (8, 8)
        // Java is ten times faster. The break-even is 150-200k multiply-adds for three layers.
        long macs = (long) maxBatchSize * multiplyAddsPerRow(spec);
        return macs >= ND4J_MIN_MACS_PER_BATCH_AND_LAYER * spec.layerCount() ? BackendKind.ND4J : BackendKind.JAVA;
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

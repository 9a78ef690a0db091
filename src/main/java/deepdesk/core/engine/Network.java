package deepdesk.core.engine;

import deepdesk.core.model.ModelSpec;

/**
 * A network ready to run: its parameters in one flat array (see {@link ParameterLayout}) and
 * preallocated buffers for batches of up to {@link #maxBatchSize()} rows.
 *
 * <p>A training step is {@link #computeGradients} (given the current parameters) followed by
 * {@link Optimizer#update}; the two are separate so that gradients of several shards can be
 * summed before one update.
 *
 * <p>Threading: NOT thread-safe; one owner thread (the training thread) calls every method.
 * Other threads must work on a copy of {@link #parameters()} or a network of their own.
 */
public interface Network {

    /**
     * Creates a network with fresh initial weights.
     *
     * @param spec         the architecture
     * @param backend      which backend to run on; {@link BackendKind#AUTO} applies the measured
     *                     cost rule of {@link BackendSelector} and falls back to Java when ND4J's
     *                     native libraries cannot be loaded on this machine
     * @param maxBatchSize the largest batch {@link #computeGradients} will see
     * @param seed         seed of the initial weights
     */
    static Network create(ModelSpec spec, BackendKind backend, int maxBatchSize, long seed) {
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, got " + maxBatchSize);
        }
        BackendKind chosen = BackendSelector.resolve(backend, spec, maxBatchSize);
        Network network;
        if (chosen == BackendKind.ND4J && backend == BackendKind.AUTO) {
            network = Nd4jNetwork.createOrNull(spec, maxBatchSize);
            if (network == null) {
                network = new JavaNetwork(spec, maxBatchSize);
            }
        } else if (chosen == BackendKind.ND4J) {
            network = new Nd4jNetwork(spec, maxBatchSize);
        } else {
            network = new JavaNetwork(spec, maxBatchSize);
        }
        network.initialize(seed);
        return network;
    }

    /** The architecture. */
    ModelSpec spec();

    /** Where each layer's parameters sit in {@link #parameters()}. */
    ParameterLayout layout();

    /** The backend that runs this network ({@link BackendKind#JAVA} or {@link BackendKind#ND4J}). */
    BackendKind backend();

    /** The largest batch {@link #computeGradients} accepts. */
    int maxBatchSize();

    /** The live flat parameter array, owned by this network; writes change the network. */
    float[] parameters();

    /** Replaces the parameters by a copy of {@code values} (same length as the layout). */
    default void setParameters(float[] values) {
        if (values.length != parameters().length) {
            throw new IllegalArgumentException("expected " + parameters().length + " parameters, got "
                    + values.length);
        }
        System.arraycopy(values, 0, parameters(), 0, values.length);
    }

    /** Draws fresh initial weights from {@code seed} with the spec's initialiser. */
    void initialize(long seed);

    /**
     * Forward and backward pass over one batch with the current parameters. Updates nothing.
     *
     * @param batch       the rows
     * @param gradientSum receives (overwritten) the gradient of the SUM of per-row data losses
     *                    with respect to every parameter, in the layout of {@link #parameters()}
     * @param dropoutRng  source of the dropout masks; null turns dropout off for this batch
     * @return the sum over the batch's rows of the per-row data loss (no regularisation)
     */
    double computeGradients(Batch batch, float[] gradientSum, RandomSource dropoutRng);

    /**
     * One forward and backward pass over a batch, like {@link #computeGradients} with dropout
     * off, that keeps a copy of every layer's weighted sums, activations and loss gradients: what
     * a lesson shows when it walks through backpropagation. Updates nothing. It allocates, so it
     * is not for the training loop.
     *
     * @param batch the rows
     * @return the pass's numbers, copied
     */
    PassTrace trace(Batch batch);

    /**
     * Outputs after the output activation (probabilities for classification), without dropout.
     *
     * @param x    row-major features, {@code rows x inputWidth}
     * @param rows number of rows (any number; processed in chunks)
     * @param out  receives {@code rows x outputWidth} values
     */
    void predict(float[] x, int rows, float[] out);

    /**
     * The activations of one hidden layer, without dropout.
     *
     * @param x     row-major features
     * @param rows  number of rows
     * @param layer hidden layer index, from 0 (nearest the input)
     * @param out   receives {@code rows x units(layer)} values
     */
    void hiddenActivations(float[] x, int rows, int layer, float[] out);

    /**
     * The mean data loss over {@code rows} rows, without dropout (for evaluation).
     *
     * @param x    row-major features
     * @param y    row-major targets
     * @param rows number of rows
     */
    double loss(float[] x, float[] y, int rows);
}

package deepdesk.core.distributed;

/**
 * How the workers of a cluster combine their work into one model.
 *
 * <p>Threading: immutable.
 */
public enum AggregationMode {
    /**
     * Synchronous gradient aggregation: every update sums the gradients of one global batch
     * computed by all workers, then applies one optimiser step. The same computation as training
     * on one machine with that batch; one round trip per batch.
     */
    SYNCHRONOUS,
    /**
     * Parameter averaging: every worker runs several optimiser steps on its own rows from the
     * same starting weights, then the weights and optimiser states are averaged. Fewer round
     * trips, approximate.
     */
    AVERAGING
}

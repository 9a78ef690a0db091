/**
 * The network math: forward and backward passes over one flat parameter array, behind two
 * backends (plain Java float arrays for small shapes, ND4J for wide layers and big batches),
 * plus the optimisers, learning-rate schedules, regularisation, clipping and the seeded random
 * source. A training step is split in two: {@link deepdesk.core.engine.Network#computeGradients}
 * and {@link deepdesk.core.engine.Optimizer#update}, so gradients of many shards can be summed
 * before one update.
 */
package deepdesk.core.engine;

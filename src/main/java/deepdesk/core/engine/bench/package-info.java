/**
 * The engine benchmark: the two reference workloads (P, a Playground-sized network; M, an
 * MNIST-sized one), the ND4J GEMM roofline measured in the same run, and the PyTorch and
 * scikit-learn peers run on the same generated data. Used by the {@code bench} command; not
 * part of training.
 */
package deepdesk.core.engine.bench;

package deepdesk.core.engine.bench;

import deepdesk.core.engine.BackendSelector;
import deepdesk.core.engine.RandomSource;
import deepdesk.core.model.Activation;
import deepdesk.core.model.Initializer;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.LossKind;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.OutputKind;

import java.util.Arrays;
import java.util.List;

/**
 * A benchmark workload: generated data, a network, an optimiser, a batch size and an epoch count.
 *
 * <p>Threading: immutable (the data arrays are never written after generation).
 *
 * @param name      short name, "P" or "M"
 * @param spec      the network
 * @param optimizer the optimiser
 * @param batchSize rows per batch
 * @param epochs    epochs per timed run
 * @param features  row-major features
 * @param targets   row-major targets
 * @param rows      number of rows
 */
public record Workload(String name, ModelSpec spec, OptimizerConfig optimizer, int batchSize, int epochs,
                       float[] features, float[] targets, int rows) {

    /**
     * Workload P: 500 rows of two features in [-1, 1] with XOR labels ±1; 2-8-8-1 tanh, linear
     * output, MSE, SGD 0.03, batch 10, 200 epochs.
     */
    public static Workload playground(long seed) {
        int rows = 500;
        RandomSource rng = new RandomSource(seed);
        float[] x = new float[rows * 2];
        float[] y = new float[rows];
        for (int r = 0; r < rows; r++) {
            float a = (float) (2 * rng.nextDouble() - 1);
            float b = (float) (2 * rng.nextDouble() - 1);
            x[2 * r] = a;
            x[2 * r + 1] = b;
            y[r] = a * b > 0 ? 1f : -1f;
        }
        ModelSpec spec = new ModelSpec(2, List.of(LayerSpec.of(8, Activation.TANH), LayerSpec.of(8, Activation.TANH)),
                1, OutputKind.LINEAR, LossKind.MSE, Initializer.GLOROT_UNIFORM);
        return new Workload("P", spec, OptimizerConfig.sgd(0.03), 10, 200, x, y, rows);
    }

    /**
     * Workload M: 10,000 rows of 784 features in [0, 1) labelled by a random linear teacher into
     * 10 classes; 784-256-128-10 ReLU, softmax cross-entropy, Adam 1e-3, batch 128, 3 epochs.
     */
    public static Workload mnistSized(long seed) {
        int rows = 10_000;
        int width = 784;
        int classes = 10;
        RandomSource rng = new RandomSource(seed);
        float[] teacher = new float[width * classes];
        for (int i = 0; i < teacher.length; i++) {
            teacher[i] = (float) rng.nextGaussian();
        }
        float[] x = new float[rows * width];
        float[] y = new float[rows];
        double[] score = new double[classes];
        for (int r = 0; r < rows; r++) {
            Arrays.fill(score, 0);
            for (int k = 0; k < width; k++) {
                float v = rng.nextFloat();
                x[r * width + k] = v;
                for (int c = 0; c < classes; c++) {
                    score[c] += (v - 0.5) * teacher[k * classes + c];
                }
            }
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (score[c] > score[best]) {
                    best = c;
                }
            }
            y[r] = best;
        }
        ModelSpec spec = new ModelSpec(width, List.of(LayerSpec.of(256, Activation.RELU), LayerSpec.of(128, Activation.RELU)),
                classes, OutputKind.SOFTMAX, LossKind.SOFTMAX_CROSS_ENTROPY, Initializer.GLOROT_UNIFORM);
        return new Workload("M", spec, OptimizerConfig.adam(1e-3), 128, 3, x, y, rows);
    }

    /** Floating-point operations per sample as the peers count them: 6 x multiply-adds. */
    public double flopsPerSample() {
        return 6.0 * BackendSelector.multiplyAddsPerRow(spec);
    }
}

package deepdesk.core.engine;

import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.RegularizationConfig;

/** The simplest full training loop over the engine API, for tests: returns per-epoch mean losses. */
final class TrainingLoop {

    private TrainingLoop() {
    }

    static double[] history(Network network, TinyProblems data, OptimizerConfig config,
                            RegularizationConfig regularization, int epochs, int batchSize, long seed) {
        Optimizer optimizer = Optimizer.create(config, network.layout().size());
        Regularization penalty = new Regularization(regularization, network.layout());
        float[] gradient = new float[network.layout().size()];
        MiniBatcher batcher = new MiniBatcher(data.features, data.targets, data.rows, data.width,
                network.spec().targetWidth(), batchSize);
        RandomSource rng = new RandomSource(seed);
        double[] history = new double[epochs];
        for (int epoch = 0; epoch < epochs; epoch++) {
            batcher.shuffle(rng);
            double sum = 0;
            for (int b = 0; b < batcher.batchCount(); b++) {
                Batch batch = batcher.batch(b);
                sum += network.computeGradients(batch, gradient, rng);
                penalty.addGradient(network.parameters(), gradient, batch.rows());
                GradientClipping.clipByNorm(gradient, regularization.clipNorm(), 1.0 / batch.rows());
                optimizer.update(network.parameters(), gradient, 1f / batch.rows(), (float) config.learningRate());
            }
            history[epoch] = sum / data.rows;
        }
        return history;
    }
}

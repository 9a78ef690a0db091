package deepdesk.core.engine;

import deepdesk.core.model.Activation;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.OptimizerKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptimizerTest {

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void everyOptimizerLowersTheLossOnASmallProblem(OptimizerKind kind) {
        TinyProblems data = TinyProblems.argmax(120, 4, 3, 5);
        ModelSpec spec = ModelSpec.forClassification(4, 3, List.of(LayerSpec.of(8, Activation.TANH)));
        Network network = Network.create(spec, BackendKind.JAVA, 20, 11);
        OptimizerConfig config = OptimizerConfig.defaults(kind);
        Optimizer optimizer = Optimizer.create(config, network.layout().size());
        float[] gradient = new float[network.layout().size()];
        MiniBatcher batcher = new MiniBatcher(data.features, data.targets, data.rows, 4, 1, 20);
        RandomSource rng = new RandomSource(3);
        double before = network.loss(data.features, data.targets, data.rows);
        for (int epoch = 0; epoch < 30; epoch++) {
            batcher.shuffle(rng);
            for (int b = 0; b < batcher.batchCount(); b++) {
                Batch batch = batcher.batch(b);
                network.computeGradients(batch, gradient, null);
                optimizer.update(network.parameters(), gradient, 1f / batch.rows(), (float) config.learningRate());
            }
        }
        double after = network.loss(data.features, data.targets, data.rows);
        assertTrue(after < 0.8 * before, kind + ": loss " + before + " -> " + after);
    }

    @Test
    void stateRoundTripsThroughExportAndImport() {
        float[] params = {1f, -2f, 3f};
        float[] gradient = {0.5f, 0.25f, -1f};
        Optimizer adam = Optimizer.create(OptimizerConfig.adam(0.1), 3);
        adam.update(params, gradient, 1f, 0.1f);
        Optimizer copy = Optimizer.create(OptimizerConfig.adam(0.1), 3);
        copy.importState(adam.exportState());
        float[] a = params.clone();
        float[] b = params.clone();
        adam.update(a, gradient, 1f, 0.1f);
        copy.update(b, gradient, 1f, 0.1f);
        assertArrayEquals(a, b);
    }

    @Test
    void plainSgdStepsAgainstTheScaledGradient() {
        float[] params = {1f, 2f};
        Optimizer.create(OptimizerConfig.sgd(0.5), 2).update(params, new float[] {4f, -2f}, 0.5f, 0.5f);
        assertEquals(0f, params[0], 1e-7);
        assertEquals(2.5f, params[1], 1e-7);
    }

    @ParameterizedTest
    @EnumSource(value = OptimizerKind.class, names = {"MOMENTUM", "NESTEROV", "ADAM", "ADAMW", "RMSPROP"})
    void stateDecaysToZeroNotToSubnormals(OptimizerKind kind) {
        float[] params = {0.5f, -0.5f};
        Optimizer optimizer = Optimizer.create(OptimizerConfig.defaults(kind), 2);
        optimizer.update(params, new float[] {1e-3f, -1f}, 1f, 0.01f);
        float[] zero = new float[2];
        for (int step = 0; step < 820; step++) {
            optimizer.update(params, zero, 1f, 0.01f);
        }
        for (float v : optimizer.exportState()) {
            assertTrue(v == 0f || Math.abs(v) >= Float.MIN_NORMAL, kind + " left a subnormal " + v);
        }
    }
}

package deepdesk.core.engine;

import deepdesk.core.model.Activation;
import deepdesk.core.model.Initializer;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.LossKind;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.OptimizerKind;
import deepdesk.core.model.OutputKind;
import deepdesk.core.model.RegularizationConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both backends compute the same thing, and one seed fixes the whole loss history. */
class BackendParityTest {

    private static final ModelSpec CLASSIFIER = new ModelSpec(6,
            List.of(new LayerSpec(24, Activation.RELU, 0.1), LayerSpec.of(12, Activation.TANH)), 3,
            OutputKind.SOFTMAX, LossKind.SOFTMAX_CROSS_ENTROPY, Initializer.HE_UNIFORM);
    private static final ModelSpec REGRESSOR = new ModelSpec(5, List.of(LayerSpec.of(16, Activation.TANH)), 2,
            OutputKind.LINEAR, LossKind.MSE, Initializer.GLOROT_UNIFORM);

    private static double[] run(BackendKind backend, ModelSpec spec, TinyProblems data, OptimizerConfig config) {
        Network network = Network.create(spec, backend, 16, 21);
        return TrainingLoop.history(network, data, config, new RegularizationConfig(1e-4, 1e-3, 5), 10, 16, 8);
    }

    private static void assertClose(double[] expected, double[] actual) {
        for (int e = 0; e < expected.length; e++) {
            double relative = Math.abs(expected[e] - actual[e]) / Math.abs(expected[e]);
            assertTrue(relative <= 1e-4, "epoch " + e + ": java " + expected[e] + ", nd4j " + actual[e]);
        }
    }

    @Test
    void javaAndNd4jAgreeOnTenEpochsOfClassification() {
        TinyProblems data = TinyProblems.argmax(150, 6, 3, 1);
        OptimizerConfig adam = OptimizerConfig.adam(0.01);
        double[] java = run(BackendKind.JAVA, CLASSIFIER, data, adam);
        double[] nd4j = run(BackendKind.ND4J, CLASSIFIER, data, adam);
        assertClose(java, nd4j);
        assertTrue(java[9] < 0.7 * java[0], "the loss falls: " + java[0] + " -> " + java[9]);
    }

    @Test
    void javaAndNd4jAgreeOnTenEpochsOfRegression() {
        TinyProblems data = TinyProblems.linear(120, 5, 2, 2);
        OptimizerConfig momentum = OptimizerConfig.defaults(OptimizerKind.MOMENTUM).withLearningRate(0.01);
        assertClose(run(BackendKind.JAVA, REGRESSOR, data, momentum), run(BackendKind.ND4J, REGRESSOR, data, momentum));
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        TinyProblems data = TinyProblems.argmax(150, 6, 3, 1);
        OptimizerConfig adam = OptimizerConfig.adam(0.01);
        for (BackendKind backend : List.of(BackendKind.JAVA, BackendKind.ND4J)) {
            assertArrayEquals(run(backend, CLASSIFIER, data, adam), run(backend, CLASSIFIER, data, adam),
                    backend + " is not deterministic");
        }
    }

    @Test
    void anotherSeedGivesAnotherStart() {
        Network a = Network.create(CLASSIFIER, BackendKind.JAVA, 4, 1);
        Network b = Network.create(CLASSIFIER, BackendKind.JAVA, 4, 2);
        assertEquals(a.parameters().length, b.parameters().length);
        assertTrue(a.parameters()[0] != b.parameters()[0]);
    }

    @Test
    void predictionsAndHiddenActivationsAgreeAcrossBackendsAndChunks() {
        TinyProblems data = TinyProblems.argmax(37, 6, 3, 4);
        Network java = Network.create(CLASSIFIER, BackendKind.JAVA, 16, 5);
        Network nd4j = Network.create(CLASSIFIER, BackendKind.ND4J, 16, 5);
        float[] p = new float[37 * 3];
        float[] q = new float[37 * 3];
        java.predict(data.features, 37, p);
        nd4j.predict(data.features, 37, q);
        for (int r = 0; r < 37; r++) {
            assertEquals(1.0, p[3 * r] + p[3 * r + 1] + p[3 * r + 2], 1e-5, "probabilities of row " + r);
        }
        assertArrayEquals(p, q, 1e-5f);
        float[] h = new float[37 * 12];
        float[] k = new float[37 * 12];
        java.hiddenActivations(data.features, 37, 1, h);
        nd4j.hiddenActivations(data.features, 37, 1, k);
        assertArrayEquals(h, k, 1e-5f);
        for (float v : h) {
            assertTrue(v >= -1 && v <= 1, "tanh layer output " + v);
        }
        assertEquals(java.loss(data.features, data.targets, 37), nd4j.loss(data.features, data.targets, 37), 1e-5);
    }
}

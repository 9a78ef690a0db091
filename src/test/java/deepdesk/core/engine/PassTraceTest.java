package deepdesk.core.engine;

import deepdesk.core.model.Activation;
import deepdesk.core.model.Initializer;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.LossKind;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OutputKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A traced pass holds the same numbers as the network's own gradient, prediction and activations. */
class PassTraceTest {

    @ParameterizedTest
    @EnumSource(value = BackendKind.class, names = {"JAVA", "ND4J"})
    void theTraceAgreesWithTheNetworksOtherViewsOfTheSamePass(BackendKind backend) {
        ModelSpec spec = new ModelSpec(3, List.of(LayerSpec.of(4, Activation.TANH), LayerSpec.of(3, Activation.RELU)),
                2, OutputKind.SIGMOID, LossKind.MSE, Initializer.GLOROT_UNIFORM);
        int rows = 5;
        Network network = Network.create(spec, backend, rows, 3);
        RandomSource rng = new RandomSource(17);
        float[] x = new float[rows * 3];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rng.nextGaussian();
        }
        float[] y = new float[rows * 2];
        for (int i = 0; i < y.length; i++) {
            y[i] = rng.nextInt(2);
        }
        Batch batch = new Batch(x, y, rows);
        PassTrace trace = network.trace(batch);
        float[] gradient = new float[network.layout().size()];
        double loss = network.computeGradients(batch, gradient, null);

        assertArrayEquals(gradient, trace.gradientSum(), 1e-6f);
        assertEquals(loss, trace.lossSum(), 1e-5);
        assertEquals(rows, trace.rows());
        assertEquals(3, trace.layerCount());
        float[] predicted = new float[rows * 2];
        network.predict(x, rows, predicted);
        float[] hidden = new float[rows * 3];
        network.hiddenActivations(x, rows, 1, hidden);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < 2; j++) {
                assertEquals(predicted[r * 2 + j], trace.activation(2, r, j), 1e-6);
                double target = y[r * 2 + j];
                double yHat = trace.activation(2, r, j);
                // MSE over two outputs through a sigmoid: dL/dz = (2/2)(ŷ - y) ŷ(1 - ŷ)
                assertEquals((yHat - target) * yHat * (1 - yHat), trace.delta(2, r, j), 1e-5);
            }
            for (int j = 0; j < 3; j++) {
                assertEquals(hidden[r * 3 + j], trace.activation(1, r, j), 1e-6);
                assertEquals(Math.max(0, trace.sum(1, r, j)), trace.activation(1, r, j), 1e-6);
            }
        }
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            sum += trace.rowLoss(r);
        }
        assertEquals(network.loss(x, y, rows) * rows, sum, 1e-5);
    }
}

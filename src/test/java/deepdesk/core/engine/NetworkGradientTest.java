package deepdesk.core.engine;

import deepdesk.core.model.Activation;
import deepdesk.core.model.Initializer;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.LossKind;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OutputKind;
import deepdesk.core.model.RegularizationConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The whole network's gradient (backprop plus L1/L2) against central finite differences. */
class NetworkGradientTest {

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        RegularizationConfig none = RegularizationConfig.NONE;
        RegularizationConfig both = new RegularizationConfig(0.01, 0.02, 0);
        for (BackendKind backend : List.of(BackendKind.JAVA, BackendKind.ND4J)) {
            cases.add(Arguments.of(backend, "linear regression", new ModelSpec(3, List.of(), 2, OutputKind.LINEAR,
                    LossKind.MSE, Initializer.GLOROT_NORMAL), none));
            cases.add(Arguments.of(backend, "logistic regression with L1+L2", new ModelSpec(3, List.of(), 1,
                    OutputKind.SIGMOID, LossKind.BINARY_CROSS_ENTROPY, Initializer.GLOROT_NORMAL), both));
            cases.add(Arguments.of(backend, "tanh+sigmoid softmax with L1+L2", new ModelSpec(3,
                    List.of(LayerSpec.of(5, Activation.TANH), LayerSpec.of(4, Activation.SIGMOID)), 3,
                    OutputKind.SOFTMAX, LossKind.SOFTMAX_CROSS_ENTROPY, Initializer.GLOROT_NORMAL), both));
            cases.add(Arguments.of(backend, "gelu+elu+softplus+sine, tanh output", new ModelSpec(3,
                    List.of(LayerSpec.of(4, Activation.GELU), LayerSpec.of(4, Activation.ELU),
                            LayerSpec.of(3, Activation.SOFTPLUS), LayerSpec.of(3, Activation.SINE)), 2,
                    OutputKind.TANH, LossKind.MSE, Initializer.HE_NORMAL), none));
            cases.add(Arguments.of(backend, "leaky relu, huber", new ModelSpec(3,
                    List.of(LayerSpec.of(6, Activation.LEAKY_RELU)), 2, OutputKind.LINEAR, LossKind.HUBER,
                    Initializer.HE_UNIFORM), new RegularizationConfig(0, 0.05, 0)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void backpropMatchesFiniteDifferences(BackendKind backend, String name, ModelSpec spec,
                                          RegularizationConfig regularization) {
        int rows = 6;
        Network network = Network.create(spec, backend, rows, 7);
        RandomSource rng = new RandomSource(99);
        float[] x = new float[rows * spec.inputWidth()];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rng.nextGaussian();
        }
        float[] y = new float[rows * spec.targetWidth()];
        for (int i = 0; i < y.length; i++) {
            y[i] = switch (spec.output()) {
                case SOFTMAX -> rng.nextInt(spec.outputWidth());
                case SIGMOID -> rng.nextInt(2);
                case TANH -> rng.nextInt(2) * 2 - 1;
                case LINEAR -> (float) rng.nextGaussian();
            };
        }
        Regularization penalty = new Regularization(regularization, network.layout());
        float[] gradient = new float[network.layout().size()];
        network.computeGradients(new Batch(x, y, rows), gradient, null);
        penalty.addGradient(network.parameters(), gradient, rows);

        float[] p = network.parameters();
        float h = 4e-3f;
        for (int i = 0; i < p.length; i++) {
            float saved = p[i];
            p[i] = saved + h;
            double up = rows * (network.loss(x, y, rows) + penalty.penalty(p));
            p[i] = saved - h;
            double down = rows * (network.loss(x, y, rows) + penalty.penalty(p));
            p[i] = saved;
            double numeric = (up - down) / ((double) (saved + h) - (double) (saved - h));
            assertEquals(numeric, gradient[i], 2e-3 + 5e-3 * Math.abs(numeric),
                    name + ": parameter " + i + " (" + (network.layout().isWeight(i) ? "weight" : "bias") + ")");
        }
    }
}

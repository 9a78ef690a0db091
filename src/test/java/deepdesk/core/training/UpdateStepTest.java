package deepdesk.core.training;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Batch;
import deepdesk.core.engine.Network;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.RegularizationConfig;
import deepdesk.core.prep.PreparedSplit;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpdateStepTest {

    private static final PreparedSplit DATA = SyntheticData.blobs(3, 20, 41);
    private static final ModelSpec SPEC = SyntheticData.classifier(2, 3, 6);
    private static final RegularizationConfig REGULARIZATION = new RegularizationConfig(1e-3, 1e-2, 0.5);

    @Test
    void gradientsSummedOverShardsGiveTheSameUpdateAsOneBatch() {
        Network whole = Network.create(SPEC, BackendKind.JAVA, 20, 3);
        float[] gradient = new float[SPEC.parameterCount()];
        whole.computeGradients(new Batch(DATA.features(), DATA.targets(), 20), gradient, null);
        new UpdateStep(OptimizerConfig.adam(0.01), REGULARIZATION, whole.layout())
                .apply(whole.parameters(), gradient, 20, 0.01);

        Network sharded = Network.create(SPEC, BackendKind.JAVA, 10, 3);
        float[] sum = new float[SPEC.parameterCount()];
        float[] part = new float[SPEC.parameterCount()];
        for (int shard = 0; shard < 2; shard++) {
            float[] x = Arrays.copyOfRange(DATA.features(), shard * 20, shard * 20 + 20);
            float[] y = Arrays.copyOfRange(DATA.targets(), shard * 10, shard * 10 + 10);
            sharded.computeGradients(new Batch(x, y, 10), part, null);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += part[i];
            }
        }
        new UpdateStep(OptimizerConfig.adam(0.01), REGULARIZATION, sharded.layout())
                .apply(sharded.parameters(), sum, 20, 0.01);

        float[] expected = whole.parameters();
        float[] actual = sharded.parameters();
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-5f, "parameter " + i);
        }
    }

    @Test
    void anUpdateThatMakesAWeightInfiniteIsUndone() {
        Network network = Network.create(SPEC, BackendKind.JAVA, 20, 3);
        float[] before = network.parameters().clone();
        float[] gradient = new float[SPEC.parameterCount()];
        gradient[0] = Float.MAX_VALUE;
        UpdateStep step = new UpdateStep(OptimizerConfig.sgd(1), RegularizationConfig.NONE, network.layout());

        assertFalse(step.apply(network.parameters(), gradient, 1, 1e10));
        assertArrayEquals(before, network.parameters());
        assertTrue(step.problem().startsWith("a weight became "), step.problem());
    }
}

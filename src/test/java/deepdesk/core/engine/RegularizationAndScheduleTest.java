package deepdesk.core.engine;

import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.RegularizationConfig;
import deepdesk.core.model.ScheduleConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegularizationAndScheduleTest {

    @Test
    void clippingBoundsTheNormOfTheScaledGradient() {
        RandomSource rng = new RandomSource(4);
        float[] g = new float[50];
        for (int i = 0; i < g.length; i++) {
            g[i] = (float) (10 * rng.nextGaussian());
        }
        float[] direction = g.clone();
        double before = GradientClipping.clipByNorm(g, 1.0, 0.25);
        assertTrue(before > 1.0);
        double squares = 0;
        for (float v : g) {
            squares += (double) v * v;
        }
        assertEquals(1.0, Math.sqrt(squares) * 0.25, 1e-5);
        double ratio = g[0] / direction[0];
        for (int i = 0; i < g.length; i++) {
            assertEquals(ratio, g[i] / direction[i], 1e-5, "clipping keeps the direction");
        }
        float[] small = {0.1f, 0.2f};
        GradientClipping.clipByNorm(small, 1.0);
        assertEquals(0.1f, small[0]);
    }

    @Test
    void penaltiesSkipBiases() {
        ModelSpec spec = ModelSpec.forRegression(2, 1, List.of());
        ParameterLayout layout = new ParameterLayout(spec);
        float[] p = {1f, -2f, 5f};
        Regularization r = new Regularization(new RegularizationConfig(0.5, 0.25, 0), layout);
        assertEquals(0.5 * 3 + 0.25 * 5, r.penalty(p), 1e-9);
        float[] g = new float[3];
        r.addGradient(p, g, 2);
        assertEquals(2 * (0.5 + 0.5 * 1), g[0], 1e-6);
        assertEquals(2 * (-0.5 + 0.5 * -2), g[1], 1e-6);
        assertEquals(0f, g[2]);
    }

    @Test
    void schedulesShapeTheRate() {
        assertEquals(0.1, new LearningRateSchedule(ScheduleConfig.constant()).rate(50, 0.1));
        LearningRateSchedule step = new LearningRateSchedule(ScheduleConfig.step(10, 0.5));
        assertEquals(0.1, step.rate(9, 0.1), 1e-12);
        assertEquals(0.05, step.rate(10, 0.1), 1e-12);
        assertEquals(0.025, step.rate(25, 0.1), 1e-12);
        LearningRateSchedule cosine = new LearningRateSchedule(ScheduleConfig.cosine(100, 0.001));
        assertEquals(0.1, cosine.rate(0, 0.1), 1e-12);
        assertEquals((0.1 + 0.001) / 2, cosine.rate(50, 0.1), 1e-12);
        assertEquals(0.001, cosine.rate(150, 0.1), 1e-12);
    }

    @Test
    void reduceOnPlateauCutsTheRateAfterPatienceRunsOut() {
        LearningRateSchedule plateau = new LearningRateSchedule(ScheduleConfig.reduceOnPlateau(2, 0.5, 0.01));
        assertFalse(plateau.onEpochEnd(1.0));
        assertFalse(plateau.onEpochEnd(0.9));
        assertFalse(plateau.onEpochEnd(0.95));
        assertFalse(plateau.onEpochEnd(0.92));
        assertEquals(0.1, plateau.rate(4, 0.1), 1e-12);
        assertTrue(plateau.onEpochEnd(0.91));
        assertEquals(0.05, plateau.rate(5, 0.1), 1e-12);
        for (int i = 0; i < 30; i++) {
            plateau.onEpochEnd(1.0);
        }
        assertEquals(0.01, plateau.rate(40, 0.1), 1e-12, "never below the floor");
    }

    @Test
    void randomSourceIsReproducibleAndShufflesToAPermutation() {
        RandomSource a = new RandomSource(5);
        RandomSource b = new RandomSource(5);
        for (int i = 0; i < 100; i++) {
            assertEquals(a.nextLong(), b.nextLong());
        }
        int[] order = new int[100];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        a.shuffle(order, order.length);
        boolean[] seen = new boolean[100];
        int moved = 0;
        for (int i = 0; i < order.length; i++) {
            seen[order[i]] = true;
            moved += order[i] != i ? 1 : 0;
        }
        for (boolean s : seen) {
            assertTrue(s);
        }
        assertTrue(moved > 80);
    }
}

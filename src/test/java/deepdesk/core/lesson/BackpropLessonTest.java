package deepdesk.core.lesson;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Network;
import deepdesk.core.engine.ParameterLayout;
import deepdesk.core.model.Activation;
import deepdesk.core.model.Initializer;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.LossKind;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OutputKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackpropLessonTest {

    /** Central differences in double around float weights; the loss itself is computed in float. */
    private static final double STEP = 1e-3;
    /**
     * The loss is a float sum of about 0.1 to 1, so rounding costs ~1e-7 / (2 * STEP) ≈ 5e-5 in a
     * difference quotient; curvature adds ~STEP² ≈ 1e-6.
     */
    private static final double TOLERANCE = 2e-4;

    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of(3, Activation.TANH, BackpropData.XOR_CORNERS, 1L),
                Arguments.of(2, Activation.SIGMOID, BackpropData.XOR_SAMPLE, 7L),
                Arguments.of(4, Activation.RELU, BackpropData.XOR_SAMPLE, 3L),
                Arguments.of(4, Activation.TANH, BackpropData.XOR_SAMPLE, 11L));
    }

    @ParameterizedTest
    @MethodSource("networks")
    void everyGradientShownEqualsAFiniteDifferenceOfTheEnginesLoss(int hidden, Activation activation,
                                                                   BackpropData data, long seed) {
        BackpropLesson lesson = new BackpropLesson(new BackpropSettings(hidden, activation, data, seed, 0.5));
        for (int step = 0; step < 2; step++) {
            BackpropPass pass = lesson.pass();
            Network network = network(hidden, activation);
            ParameterLayout layout = network.layout();
            float[][] rows = data.rows(seed);
            float[] theta = pass.parametersBefore();
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < hidden; j++) {
                    assertMatches(network, theta, rows, layout.weightOffset(0) + i * hidden + j,
                            pass.hiddenWeightGradient(i, j), "w" + (i + 1) + (j + 1));
                }
            }
            for (int j = 0; j < hidden; j++) {
                assertMatches(network, theta, rows, layout.biasOffset(0) + j, pass.hiddenBiasGradient(j),
                        "b" + (j + 1));
                assertMatches(network, theta, rows, layout.weightOffset(1) + j, pass.outputWeightGradient(j),
                        "v" + (j + 1));
            }
            assertMatches(network, theta, rows, layout.biasOffset(1), pass.outputBiasGradient(), "c");
            network.setParameters(theta);
            assertEquals(network.loss(rows[0], rows[1], BackpropData.ROWS), pass.loss(), 1e-6);
            walkToNextStep(lesson);
        }
    }

    private static void assertMatches(Network network, float[] theta, float[][] rows, int index, float shown,
                                      String name) {
        float[] p = theta.clone();
        p[index] = (float) (theta[index] + STEP);
        network.setParameters(p);
        double up = network.loss(rows[0], rows[1], BackpropData.ROWS);
        p[index] = (float) (theta[index] - STEP);
        network.setParameters(p);
        double down = network.loss(rows[0], rows[1], BackpropData.ROWS);
        double h = (double) (float) (theta[index] + STEP) - (float) (theta[index] - STEP);
        double numeric = (up - down) / h;
        assertEquals(numeric, shown, TOLERANCE, "dJ/d" + name);
    }

    @ParameterizedTest
    @MethodSource("networks")
    void theDeltasFollowTheChainRule(int hidden, Activation activation, BackpropData data, long seed) {
        BackpropPass pass = new BackpropLesson(new BackpropSettings(hidden, activation, data, seed, 0.5)).pass();
        int rows = pass.rows();
        for (int r = 0; r < rows; r++) {
            float yHat = pass.prediction(r);
            assertEquals(1 / (1 + Math.exp(-pass.outputSum(r))), yHat, 1e-6);
            assertEquals(yHat * (1 - yHat), pass.outputSlope(r), 1e-6);
            assertEquals((yHat - pass.target(r)) * (yHat - pass.target(r)), pass.rowLoss(r), 1e-6);
            assertEquals(pass.lossGradient(r) * pass.outputSlope(r), pass.outputDelta(r), 1e-6, "output delta");
            double outputSum = pass.outputBias();
            for (int j = 0; j < hidden; j++) {
                double z = pass.hiddenBias(j) + pass.input(r, 0) * pass.hiddenWeight(0, j)
                        + pass.input(r, 1) * pass.hiddenWeight(1, j);
                assertEquals(z, pass.hiddenSum(r, j), 1e-5, "z" + j);
                outputSum += pass.outputWeight(j) * pass.hiddenActivation(r, j);
                double slope = pass.hiddenSlope(r, j);
                assertEquals(derivative(activation, pass.hiddenSum(r, j)), slope, 1e-5, "f'(z" + j + ")");
                assertEquals(pass.outputDelta(r) * pass.outputWeight(j) * slope, pass.hiddenDelta(r, j), 1e-6,
                        "hidden delta " + j);
            }
            assertEquals(outputSum, pass.outputSum(r), 1e-5);
        }
        for (int j = 0; j < hidden; j++) {
            double v = 0;
            double b = 0;
            double w0 = 0;
            double w1 = 0;
            for (int r = 0; r < rows; r++) {
                v += pass.outputDelta(r) * pass.hiddenActivation(r, j);
                b += pass.hiddenDelta(r, j);
                w0 += pass.hiddenDelta(r, j) * pass.input(r, 0);
                w1 += pass.hiddenDelta(r, j) * pass.input(r, 1);
            }
            assertEquals(v / rows, pass.outputWeightGradient(j), 1e-6);
            assertEquals(b / rows, pass.hiddenBiasGradient(j), 1e-6);
            assertEquals(w0 / rows, pass.hiddenWeightGradient(0, j), 1e-6);
            assertEquals(w1 / rows, pass.hiddenWeightGradient(1, j), 1e-6);
        }
    }

    private static double derivative(Activation activation, double z) {
        return switch (activation) {
            case TANH -> 1 - Math.tanh(z) * Math.tanh(z);
            case SIGMOID -> Math.exp(-z) / ((1 + Math.exp(-z)) * (1 + Math.exp(-z)));
            case RELU -> z > 0 ? 1 : 0;
            default -> throw new IllegalArgumentException(activation.name());
        };
    }

    @Test
    void theUpdateIsPlainSgdAndLowersTheLoss() {
        BackpropPass pass = new BackpropLesson(new BackpropSettings(3, Activation.TANH, BackpropData.XOR_CORNERS,
                1, 0.5)).pass();
        for (int j = 0; j < 3; j++) {
            assertEquals(pass.outputWeight(j) - 0.5 * pass.outputWeightGradient(j), pass.outputWeightAfter(j), 1e-6);
            assertEquals(pass.hiddenBias(j) - 0.5 * pass.hiddenBiasGradient(j), pass.hiddenBiasAfter(j), 1e-6);
            for (int i = 0; i < 2; i++) {
                assertEquals(pass.hiddenWeight(i, j) - 0.5 * pass.hiddenWeightGradient(i, j),
                        pass.hiddenWeightAfter(i, j), 1e-6);
            }
        }
        assertEquals(pass.outputBias() - 0.5 * pass.outputBiasGradient(), pass.outputBiasAfter(), 1e-6);
        assertTrue(pass.lossAfter() < pass.loss(), pass.lossAfter() + " vs " + pass.loss());
    }

    @Test
    void steppingWalksEveryStageThenStartsTheNextTrainingStep() {
        BackpropLesson lesson = new BackpropLesson(BackpropSettings.defaults());
        List<BackpropStage> stages = lesson.stages();
        assertEquals(1 + 2 * 3 + 3 + 2 + 3 + 1 + 2 * 3 + 1 + 3, stages.size());
        assertEquals(BackpropStage.Phase.FORWARD, stages.get(0).phase());
        assertEquals(BackpropStage.Phase.UPDATE, stages.get(stages.size() - 1).phase());
        assertTrue(lesson.atStart());
        assertFalse(lesson.back());
        BackpropStage hiddenDelta = new BackpropStage(BackpropStage.Kind.HIDDEN_DELTA, 1);
        assertFalse(lesson.reached(hiddenDelta));
        BackpropPass first = lesson.pass();
        for (int i = 1; i < stages.size(); i++) {
            lesson.next();
            assertEquals(stages.get(i), lesson.stage());
        }
        assertTrue(lesson.reached(hiddenDelta));
        assertTrue(lesson.atLastStage());
        lesson.next();
        assertEquals(1, lesson.iteration());
        assertEquals(0, lesson.stageIndex());
        assertEquals(first.outputWeightAfter(0), lesson.pass().outputWeight(0));
        assertEquals(first.hiddenWeightAfter(1, 2), lesson.pass().hiddenWeight(1, 2));
        assertEquals(first.lossAfter(), lesson.pass().loss(), 1e-6);
        assertTrue(lesson.back());
        assertEquals(0, lesson.iteration());
        assertTrue(lesson.atLastStage());
        assertEquals(first.outputWeight(0), lesson.pass().outputWeight(0));
        lesson.reset();
        assertTrue(lesson.atStart());
        assertEquals(first.outputWeight(0), lesson.pass().outputWeight(0));
    }

    @Test
    void settingsOutsideTheLessonAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new BackpropSettings(5, Activation.TANH, BackpropData.XOR_CORNERS, 1, 0.5));
        assertThrows(IllegalArgumentException.class,
                () -> new BackpropSettings(3, Activation.GELU, BackpropData.XOR_CORNERS, 1, 0.5));
        assertThrows(IllegalArgumentException.class,
                () -> new BackpropSettings(3, Activation.TANH, BackpropData.XOR_CORNERS, 1, 0));
    }

    @Test
    void theDrawnRowsDependOnTheSeedAndTheCornersDoNot() {
        assertNotEquals(BackpropData.XOR_SAMPLE.rows(1)[0][0], BackpropData.XOR_SAMPLE.rows(2)[0][0]);
        assertEquals(BackpropData.XOR_CORNERS.rows(1)[0][3], BackpropData.XOR_CORNERS.rows(2)[0][3]);
        float[][] corners = BackpropData.XOR_CORNERS.rows(1);
        for (int r = 0; r < BackpropData.ROWS; r++) {
            boolean differ = corners[0][2 * r] != corners[0][2 * r + 1];
            assertEquals(differ ? 1f : 0f, corners[1][r]);
        }
    }

    private static void walkToNextStep(BackpropLesson lesson) {
        int iteration = lesson.iteration();
        while (lesson.iteration() == iteration) {
            lesson.next();
        }
    }

    private static Network network(int hidden, Activation activation) {
        ModelSpec spec = new ModelSpec(2, List.of(LayerSpec.of(hidden, activation)), 1, OutputKind.SIGMOID,
                LossKind.MSE, Initializer.GLOROT_UNIFORM);
        return Network.create(spec, BackendKind.JAVA, BackpropData.ROWS, 0);
    }
}

package deepdesk.core.lesson;

import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import deepdesk.core.data.synthetic.LinearData;
import deepdesk.core.data.synthetic.LinearDataSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientDescentLessonTest {

    private static final float[] XS = {-2, -1, 0, 1, 3};
    private static final float[] YS = {-3, -1, 1, 2.5f, 7};

    /** J = (1/n) Σ (y − w·x − b)²; ∂J/∂w = −(2/n) Σ x (y − ŷ); ∂J/∂b = −(2/n) Σ (y − ŷ). */
    private static double[] closedForm(double w, double b) {
        double loss = 0;
        double gw = 0;
        double gb = 0;
        for (int i = 0; i < XS.length; i++) {
            double r = YS[i] - (w * XS[i] + b);
            loss += r * r;
            gw += -2 * XS[i] * r;
            gb += -2 * r;
        }
        int n = XS.length;
        return new double[] {loss / n, gw / n, gb / n};
    }

    @Test
    void theEngineGradientsEqualTheClosedForm() {
        GradientDescentLesson lesson = new GradientDescentLesson(XS, YS, 1);
        for (double[] wb : new double[][] {{0, 0}, {1.5, -0.5}, {-2, 3}}) {
            DescentStep at = lesson.restart(wb[0], wb[1]);
            double[] expected = closedForm(wb[0], wb[1]);
            assertEquals(expected[0], at.loss(), 1e-4 * Math.max(1, expected[0]));
            assertEquals(expected[1], at.gradW(), 1e-4 * Math.max(1, Math.abs(expected[1])));
            assertEquals(expected[2], at.gradB(), 1e-4 * Math.max(1, Math.abs(expected[2])));
        }
    }

    @Test
    void aFullBatchStepMovesAgainstTheGradientByTheLearningRate() {
        GradientDescentLesson lesson = new GradientDescentLesson(XS, YS, 1);
        DescentStep start = lesson.restart(0.5, 0.5);
        lesson.setLearningRate(0.05);
        DescentStep next = lesson.step();
        assertEquals(start.w() - 0.05 * start.gradW(), next.w(), 1e-5);
        assertEquals(start.b() - 0.05 * start.gradB(), next.b(), 1e-5);
        assertEquals(1, next.number());
        assertTrue(next.loss() < start.loss());
    }

    @Test
    void aGoodLearningRateConvergesToTheLeastSquaresLine() {
        Dataset data = LinearData.generate(LinearDataSettings.defaults());
        float[] xs = floats((NumericColumn) data.column(LinearData.INPUT).orElseThrow());
        float[] ys = floats((NumericColumn) data.column(LinearData.TARGET).orElseThrow());
        GradientDescentLesson lesson = new GradientDescentLesson(xs, ys, 1);
        lesson.setLearningRate(0.05);
        for (int i = 0; i < 500; i++) {
            lesson.step();
        }
        double[] best = lesson.leastSquares();
        assertEquals(best[0], lesson.current().w(), 1e-3);
        assertEquals(best[1], lesson.current().b(), 1e-3);
    }

    @Test
    void tooLargeALearningRateDivergesAndStops() {
        GradientDescentLesson lesson = new GradientDescentLesson(XS, YS, 1);
        lesson.setLearningRate(3);
        DescentStep last = lesson.current();
        for (int i = 0; i < 200 && !last.diverged(); i++) {
            last = lesson.step();
        }
        assertTrue(last.diverged());
        assertEquals(last, lesson.step(), "a diverged path stays where it is");
    }

    @Test
    void backUndoesAStepAndTheStartCannotBeUndone() {
        GradientDescentLesson lesson = new GradientDescentLesson(XS, YS, 1);
        DescentStep start = lesson.current();
        lesson.step();
        lesson.step();
        assertTrue(lesson.back());
        assertEquals(1, lesson.current().number());
        assertTrue(lesson.back());
        assertEquals(start, lesson.current());
        assertFalse(lesson.back());
        assertEquals(List.of(start), lesson.path());
    }

    @Test
    void stochasticStepsAreNoisyButSeeded() {
        GradientDescentLesson a = new GradientDescentLesson(XS, YS, 7);
        GradientDescentLesson b = new GradientDescentLesson(XS, YS, 7);
        GradientDescentLesson full = new GradientDescentLesson(XS, YS, 7);
        a.setVariant(DescentVariant.STOCHASTIC, 1);
        b.setVariant(DescentVariant.STOCHASTIC, 1);
        for (int i = 0; i < 5; i++) {
            a.step();
            b.step();
            full.step();
        }
        assertEquals(a.current(), b.current());
        assertNotEquals(full.current().w(), a.current().w());
    }

    @Test
    void theLossSurfaceIsLowestNearTheLeastSquaresLine() {
        GradientDescentLesson lesson = new GradientDescentLesson(XS, YS, 1);
        double[] best = lesson.leastSquares();
        double[] surface = lesson.lossSurface(best[0] - 2, best[0] + 2, best[1] - 2, best[1] + 2, 41, 41);
        int argmin = 0;
        for (int i = 1; i < surface.length; i++) {
            if (surface[i] < surface[argmin]) {
                argmin = i;
            }
        }
        assertEquals(20 * 41 + 20, argmin);
        assertEquals(closedForm(best[0] - 2, best[1] - 2)[0], surface[0], 1e-3);
    }

    private static float[] floats(NumericColumn column) {
        float[] out = new float[column.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) column.value(i);
        }
        return out;
    }
}

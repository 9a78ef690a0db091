package deepdesk.core.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Metrics checked against values worked out by hand and against scikit-learn.
 *
 * <p>The scikit-learn constants were obtained once with Debian's python3 and scikit-learn 1.2.1
 * on exactly the predictions below: {@code accuracy_score}, {@code balanced_accuracy_score},
 * {@code log_loss}, {@code precision_recall_fscore_support} (per class, macro and weighted),
 * {@code confusion_matrix}, {@code roc_auc_score} (per class one-vs-rest),
 * {@code roc_curve(drop_intermediate=False)}, {@code calibration_curve(n_bins=5)},
 * {@code mean_squared_error}, {@code mean_absolute_error}, {@code r2_score} and
 * {@code mean_absolute_percentage_error} (on the rows whose target is not zero).
 */
class EvaluatorTest {

    private static final double TOLERANCE = 1e-12;

    private static final int[] BINARY_LABELS = {0, 0, 1, 1, 0, 1, 0, 1, 1, 0};
    private static final double[] BINARY_SCORES = {0.1, 0.4, 0.35, 0.8, 0.2, 0.9, 0.6, 0.7, 0.3,
        0.05};

    private static final int[] MULTI_LABELS = {0, 1, 2, 2, 1, 0, 2, 1, 0, 2, 1, 1};
    private static final double[] MULTI_PROBABILITIES = {
        .7, .2, .1, .2, .5, .3, .1, .3, .6, .3, .4, .3, .1, .8, .1, .5, .1, .4,
        .2, .2, .6, .4, .35, .25, .6, .3, .1, .05, .15, .8, .3, .3, .4, .25, .5, .25};

    private static final double[] REGRESSION_TARGETS = {3.0, -0.5, 2.0, 7.0, 0.0, 4.5, 1.2, 10.0};
    private static final double[] REGRESSION_PREDICTIONS = {2.5, 0.0, 2.1, 7.8, 0.3, 4.0, 1.0,
        9.1};

    @Test
    void binaryMetricsMatchScikitLearn() {
        ClassificationEvaluation e = Evaluator.classification(BINARY_LABELS,
                binaryProbabilities(), List.of("no", "yes"));
        assertEquals(0.7, e.accuracy(), TOLERANCE);
        assertEquals(0.7, e.balancedAccuracy(), TOLERANCE);
        assertEquals(0.4745887656735114, e.logLoss(), TOLERANCE);
        assertEquals(0.66666667, e.perClass().get(0).precision(), 1e-8);
        assertEquals(0.75, e.perClass().get(1).precision(), TOLERANCE);
        assertEquals(0.8, e.perClass().get(0).recall(), TOLERANCE);
        assertEquals(0.6, e.perClass().get(1).recall(), TOLERANCE);
        assertEquals(0.72727273, e.perClass().get(0).f1(), 1e-8);
        assertEquals(0.66666667, e.perClass().get(1).f1(), 1e-8);
        assertEquals(0.84, e.auc(), TOLERANCE);
        RocCurve roc = e.roc().get(1);
        assertArrayEquals(new double[] {0.0, 0.0, 0.0, 0.0, 0.2, 0.4, 0.4, 0.4, 0.6, 0.8, 1.0},
                roc.falsePositiveRates(), TOLERANCE);
        assertArrayEquals(new double[] {0.0, 0.2, 0.4, 0.6, 0.6, 0.6, 0.8, 1.0, 1.0, 1.0, 1.0},
                roc.truePositiveRates(), TOLERANCE);
    }

    @Test
    void calibrationBinsMatchScikitLearn() {
        boolean[] positive = new boolean[BINARY_LABELS.length];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = BINARY_LABELS[i] == 1;
        }
        CalibrationCurve curve = Evaluator.calibrationCurve("yes", positive, BINARY_SCORES, 5);
        assertArrayEquals(new double[] {0.0, 0.6666666666666666, 0.0, 1.0, 1.0},
                curve.observedFraction(), TOLERANCE);
        assertArrayEquals(new double[] {0.11666666666666668, 0.35000000000000003, 0.6, 0.75, 0.9},
                curve.meanPredicted(), TOLERANCE);
        assertArrayEquals(new int[] {3, 3, 1, 2, 1}, curve.counts());
    }

    @Test
    void multiClassMetricsMatchScikitLearn() {
        ClassificationEvaluation e = Evaluator.classification(MULTI_LABELS, MULTI_PROBABILITIES,
                List.of("a", "b", "c"));
        assertEquals(0.75, e.accuracy(), TOLERANCE);
        assertEquals(0.7833333333333333, e.balancedAccuracy(), TOLERANCE);
        assertEquals(0.6560540160579591, e.logLoss(), TOLERANCE);
        double[] f1 = {0.8571428571428571, 0.6666666666666665, 0.75};
        double[] recall = {1.0, 0.6, 0.75};
        int[] support = {3, 5, 4};
        for (int c = 0; c < 3; c++) {
            assertEquals(0.75, e.perClass().get(c).precision(), TOLERANCE);
            assertEquals(recall[c], e.perClass().get(c).recall(), TOLERANCE);
            assertEquals(f1[c], e.perClass().get(c).f1(), TOLERANCE);
            assertEquals(support[c], e.perClass().get(c).support());
        }
        assertEquals(0.75, e.macroAverage().precision(), TOLERANCE);
        assertEquals(0.7833333333333333, e.macroAverage().recall(), TOLERANCE);
        assertEquals(0.7579365079365079, e.macroAverage().f1(), TOLERANCE);
        assertEquals(0.75, e.weightedAverage().precision(), TOLERANCE);
        assertEquals(0.75, e.weightedAverage().recall(), TOLERANCE);
        assertEquals(0.742063492063492, e.weightedAverage().f1(), TOLERANCE);
        int[][] expected = {{3, 0, 0}, {1, 3, 1}, {0, 1, 3}};
        for (int t = 0; t < 3; t++) {
            assertArrayEquals(expected[t], e.confusion().counts()[t]);
        }
        assertEquals(1.0, e.roc().get(0).auc(), TOLERANCE);
        assertEquals(0.9142857142857143, e.roc().get(1).auc(), TOLERANCE);
        assertEquals(0.921875, e.roc().get(2).auc(), TOLERANCE);
        assertEquals(0.9453869047619047, e.auc(), TOLERANCE);
    }

    @Test
    void regressionMetricsMatchScikitLearn() {
        RegressionEvaluation e = Evaluator.regression(REGRESSION_TARGETS, REGRESSION_PREDICTIONS);
        assertEquals(0.2925, e.mse(), TOLERANCE);
        assertEquals(Math.sqrt(0.2925), e.rmse(), TOLERANCE);
        assertEquals(0.47500000000000003, e.mae(), TOLERANCE);
        assertEquals(0.9744150448283403, e.r2(), TOLERANCE);
        assertEquals(0.24267573696145125, e.mape(), TOLERANCE);
        assertEquals(7, e.mapeValues());
    }

    @Test
    void smallCasesWorkedOutByHand() {
        // two rows of 0/1 with probabilities 0.8 and 0.4 for the true class:
        // accuracy 1/2, log loss (-ln 0.8 - ln 0.4) / 2
        ClassificationEvaluation e = Evaluator.classification(new int[] {1, 0},
                new double[] {0.2, 0.8, 0.4, 0.6}, List.of("n", "p"));
        assertEquals(0.5, e.accuracy(), TOLERANCE);
        assertEquals((-Math.log(0.8) - Math.log(0.4)) / 2, e.logLoss(), TOLERANCE);
        assertEquals(0.5, e.perClass().get(1).precision(), TOLERANCE);
        assertEquals(1.0, e.perClass().get(1).recall(), TOLERANCE);
        assertEquals(0.0, e.perClass().get(0).precision(), TOLERANCE);
        // both scores for p are 0.8 (positive) and 0.6 (negative): perfectly ranked
        assertEquals(1.0, e.auc(), TOLERANCE);
        assertArrayEquals(new double[] {0, 1}, e.confusion().rowNormalized()[0], TOLERANCE);

        // targets 1, 2, 3 predicted 2, 2, 2: errors -1, 0, 1
        RegressionEvaluation r = Evaluator.regression(new double[] {1, 2, 3},
                new double[] {2, 2, 2});
        assertEquals(2.0 / 3, r.mse(), TOLERANCE);
        assertEquals(2.0 / 3, r.mae(), TOLERANCE);
        assertEquals(0.0, r.r2(), TOLERANCE);
        assertEquals((1.0 + 0 + 1.0 / 3) / 3, r.mape(), TOLERANCE);
        assertArrayEquals(new double[] {-1, 0, 1}, r.residuals(), TOLERANCE);
    }

    @Test
    void mapeIgnoresZeroTargetsAndIsUndefinedWithoutOthers() {
        RegressionEvaluation r = Evaluator.regression(new double[] {0, 0}, new double[] {1, 2});
        assertTrue(Double.isNaN(r.mape()));
        assertEquals(0, r.mapeValues());
        assertEquals(2.5, r.mse(), TOLERANCE);
    }

    @Test
    void aucIsUndefinedWhenOnlyOneClassOccurs() {
        ClassificationEvaluation e = Evaluator.classification(new int[] {0, 0},
                new double[] {0.9, 0.1, 0.3, 0.7}, List.of("n", "p"));
        assertTrue(Double.isNaN(e.roc().get(0).auc()));
        assertEquals(1.0, e.balancedAccuracy() * 2, TOLERANCE);
    }

    private static double[] binaryProbabilities() {
        double[] p = new double[BINARY_SCORES.length * 2];
        for (int i = 0; i < BINARY_SCORES.length; i++) {
            p[2 * i] = 1 - BINARY_SCORES[i];
            p[2 * i + 1] = BINARY_SCORES[i];
        }
        return p;
    }
}

package deepdesk.ui.training;

import deepdesk.core.common.CancelledException;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.training.TrainingConfig;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LearningRateFinderTest {

    @Test
    void theSuggestionIsWhereTheSmoothedLossFallsFastest() {
        double[] rates = new double[40];
        double[] loss = new double[40];
        for (int i = 0; i < 40; i++) {
            rates[i] = Math.pow(10, -5 + i * 0.125);
            // flat, then a steep fall centred on i = 20 (rate 1e-2.5), then a blow-up
            loss[i] = i < 30 ? 1 - 0.8 / (1 + Math.exp(-(i - 20))) : 0.2 + (i - 30);
        }
        double suggested = LearningRateFinder.suggest(rates, loss);
        assertEquals(rates[19], suggested, rates[19] * 0.5);
    }

    @Test
    void aSweepOnRealDataFindsARateWithinTheRangeAndTheLossFirstFalls() {
        PreparedData data = TrainingFixtures.prepare(TrainingFixtures.spiral(400), "label");
        TrainingConfig config = TrainViewModel.defaultConfig(data);
        LearningRateSweep sweep = LearningRateFinder.standard().sweep(config, TrainingFixtures.trainingData(data),
                () -> false);
        int n = sweep.rates().length;
        assertTrue(n >= 20, "sweep length " + n);
        for (int i = 1; i < n; i++) {
            assertTrue(sweep.rates()[i] > sweep.rates()[i - 1]);
        }
        double lowest = Double.POSITIVE_INFINITY;
        for (double v : sweep.smoothedLosses()) {
            lowest = Math.min(lowest, v);
        }
        assertTrue(lowest < sweep.smoothedLosses()[0] * 0.95,
                "the loss should fall somewhere in the sweep: first " + sweep.smoothedLosses()[0] + ", lowest " + lowest);
        assertTrue(sweep.suggested() > 1e-5 && sweep.suggested() < 1, "suggested " + sweep.suggested());
    }

    @Test
    void aCancelledSweepThrows() {
        PreparedData data = TrainingFixtures.prepare(TrainingFixtures.spiral(100), "label");
        assertThrows(CancelledException.class, () -> LearningRateFinder.standard()
                .sweep(TrainViewModel.defaultConfig(data), TrainingFixtures.trainingData(data), () -> true));
    }
}

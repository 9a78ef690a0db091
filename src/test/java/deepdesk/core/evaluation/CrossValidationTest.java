package deepdesk.core.evaluation;

import deepdesk.core.common.CancelledException;
import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.synthetic.SyntheticSettings;
import deepdesk.core.data.synthetic.SyntheticShape;
import deepdesk.core.engine.BackendKind;
import deepdesk.core.model.Activation;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.training.TrainingConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossValidationTest {

    private static Dataset iris() throws Exception {
        Path path = Path.of("samples", "iris.csv");
        return new CsvImporter().read(path, CsvSniffer.sniff(path), ProgressListener.NONE);
    }

    private static TrainingConfig config(int inputs, int classes, int epochs) {
        ModelSpec spec = classes == 0
                ? ModelSpec.forRegression(inputs, 1, List.of(LayerSpec.of(8, Activation.TANH)))
                : ModelSpec.forClassification(inputs, classes, List.of(LayerSpec.of(8, Activation.TANH)));
        return TrainingConfig.defaults(spec).withOptimizer(OptimizerConfig.adam(0.02))
                .withMaxEpochs(epochs).withBackend(BackendKind.JAVA).withSeed(3);
    }

    @Test
    void irisFiveFoldsHoldEveryRowOutOnceWithEachClassSharedAndSaneAccuracy() throws Exception {
        Dataset iris = iris();
        DatasetRoles roles = DatasetRoles.suggest(iris, "species");
        List<Double> progress = new ArrayList<>();
        CrossValidationResult result = CrossValidation.run(iris, roles, PreparationSettings.defaults(),
                config(4, 3, 60), 5, new ProgressListener() {
                    @Override
                    public void progress(double fraction, String message) {
                        progress.add(fraction);
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });

        assertEquals(5, result.foldCount());
        Set<Integer> seen = new HashSet<>();
        int total = 0;
        for (int f = 0; f < 5; f++) {
            int[] rows = result.heldOut().get(f);
            assertEquals(30, rows.length, "150 rows in 5 folds");
            assertEquals(30, result.folds().get(f).rows());
            for (int row : rows) {
                assertTrue(seen.add(row), "row " + row + " held out twice");
            }
            total += rows.length;
            // stratified: iris has 50 of each species, so 10 of each per fold
            ConfusionMatrix confusion = ((ClassificationEvaluation) result.folds().get(f)).confusion();
            for (int c = 0; c < 3; c++) {
                int support = 0;
                for (int p = 0; p < 3; p++) {
                    support += confusion.count(c, p);
                }
                assertEquals(10, support, "fold " + f + " class " + c);
            }
        }
        assertEquals(150, total);
        assertEquals(150, seen.size());

        Map<String, CrossValidationResult.MeanStd> summary = result.summary();
        CrossValidationResult.MeanStd accuracy = summary.get("accuracy");
        assertTrue(accuracy.mean() > 0.85 && accuracy.mean() <= 1, "accuracy " + accuracy);
        assertTrue(accuracy.std() >= 0 && accuracy.std() < 0.15, "accuracy spread " + accuracy);
        double mean = 0;
        for (Evaluation fold : result.folds()) {
            mean += ((ClassificationEvaluation) fold).accuracy() / 5;
        }
        assertEquals(mean, accuracy.mean(), 1e-12);
        assertEquals(5, accuracy.count());
        assertTrue(summary.get("logLoss").mean() < 0.5, "log loss " + summary.get("logLoss"));
        assertEquals(1.0, progress.get(progress.size() - 1));
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), "progress goes forward");
        }
    }

    @Test
    void regressionFoldsDifferByAtMostOneRowAndFitThePlane() {
        Dataset plane = SyntheticShape.PLANE.generate(new SyntheticSettings(103, 0.05, 5));
        DatasetRoles roles = DatasetRoles.suggest(plane, "y");
        CrossValidationResult result = CrossValidation.run(plane, roles, PreparationSettings.defaults(),
                config(2, 0, 80), 4, ProgressListener.NONE);
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        for (int[] rows : result.heldOut()) {
            smallest = Math.min(smallest, rows.length);
            largest = Math.max(largest, rows.length);
        }
        assertTrue(largest - smallest <= 1, smallest + " to " + largest);
        assertTrue(result.summary().get("r2").mean() > 0.8, "R² " + result.summary().get("r2"));
    }

    @Test
    void aCancelledRunStopsWithinTheFirstFold() throws Exception {
        Dataset iris = iris();
        AtomicInteger asked = new AtomicInteger();
        ProgressListener cancelSoon = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return asked.incrementAndGet() > 20;
            }
        };
        assertThrows(CancelledException.class, () -> CrossValidation.run(iris,
                DatasetRoles.suggest(iris, "species"), PreparationSettings.defaults(),
                config(4, 3, 500), 5, cancelSoon));
        assertTrue(asked.get() < 40, "stopped after " + asked.get() + " checks");
    }

    @Test
    void foldCountMustFitTheRows() throws Exception {
        Dataset iris = iris();
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.run(iris,
                DatasetRoles.suggest(iris, "species"), PreparationSettings.defaults(),
                config(4, 3, 5), 1, ProgressListener.NONE));
    }
}

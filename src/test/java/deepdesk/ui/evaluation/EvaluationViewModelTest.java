package deepdesk.ui.evaluation;

import deepdesk.core.evaluation.ClassificationEvaluation;
import deepdesk.core.evaluation.RegressionEvaluation;
import deepdesk.ui.common.TrainedModel;
import deepdesk.ui.common.TrainedModelFixtures;
import deepdesk.ui.common.Workbench;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationViewModelTest {

    private static TrainedModel classifier;
    private static TrainedModel regressor;

    @BeforeAll
    static void train() {
        classifier = TrainedModelFixtures.classifier(40);
        regressor = TrainedModelFixtures.regressor(60);
    }

    private static Workbench workbench() {
        return new Workbench(Runnable::run, Runnable::run);
    }

    @Test
    void withoutAModelThereIsNothingToShow() {
        EvaluationViewModel model = new EvaluationViewModel(workbench(), Runnable::run, Runnable::run);
        assertNull(model.modelProperty().get());
        assertNull(model.resultProperty().get());
        assertTrue(model.shownRows().isEmpty());
    }

    @Test
    void judgesTheLatestModelOnTheTestSplitByDefault() {
        Workbench workbench = workbench();
        EvaluationViewModel model = new EvaluationViewModel(workbench, Runnable::run, Runnable::run);
        workbench.latestModelProperty().set(classifier);
        EvaluationResult result = model.resultProperty().get();
        assertNotNull(result);
        assertEquals(EvaluationSplit.TEST, result.split());
        int testRows = classifier.prepared().test().rows();
        assertTrue(testRows > 0);
        assertEquals(testRows, result.rows().size());
        assertEquals(testRows, model.shownRows().size());
        ClassificationEvaluation c = (ClassificationEvaluation) result.evaluation();
        long right = result.rows().stream().filter(PredictionRow::correct).count();
        assertEquals(right / (double) testRows, c.accuracy(), 1e-12);
        assertTrue(c.accuracy() > 0.8, "two well separated blobs: accuracy " + c.accuracy());
        for (PredictionRow row : result.rows()) {
            double sum = 0;
            for (double p : row.probabilities()) {
                sum += p;
            }
            assertEquals(1, sum, 1e-5);
        }
        model.splitProperty().set(EvaluationSplit.TRAINING);
        assertEquals(classifier.prepared().train().rows(), model.resultProperty().get().rows().size());
    }

    @Test
    void aConfusionCellListsExactlyItsRows() {
        Workbench workbench = workbench();
        workbench.latestModelProperty().set(classifier);
        EvaluationViewModel model = new EvaluationViewModel(workbench, Runnable::run, Runnable::run);
        model.splitProperty().set(EvaluationSplit.TRAINING);
        ClassificationEvaluation c = (ClassificationEvaluation) model.resultProperty().get().evaluation();
        for (int t = 0; t < 2; t++) {
            for (int p = 0; p < 2; p++) {
                model.showCell(t, p);
                assertEquals(c.confusion().count(t, p), model.shownRows().size(), "cell " + t + "," + p);
                String actual = c.classNames().get(t);
                String predicted = c.classNames().get(p);
                assertTrue(model.shownRows().stream()
                        .allMatch(r -> r.actual().equals(actual) && r.predicted().equals(predicted)));
            }
        }
        model.showAllRows();
        assertNull(model.cellFilterProperty().get());
        assertEquals(c.rows(), model.shownRows().size());
    }

    @Test
    void regressionErrorsAreActualMinusPredictedAndTheFitIsGood() {
        Workbench workbench = workbench();
        workbench.latestModelProperty().set(regressor);
        EvaluationViewModel model = new EvaluationViewModel(workbench, Runnable::run, Runnable::run);
        EvaluationResult result = model.resultProperty().get();
        RegressionEvaluation r = (RegressionEvaluation) result.evaluation();
        assertTrue(r.r2() > 0.8, "a plane is easy to fit: R² " + r.r2());
        double squared = 0;
        for (PredictionRow row : result.rows()) {
            assertEquals(row.actualValue() - row.predictedValue(), row.score(), 1e-9);
            squared += row.score() * row.score();
        }
        assertEquals(r.mse(), squared / result.rows().size(), 1e-6 * Math.max(1, r.mse()));
        assertEquals(List.of("x1", "x2"), result.inputNames());
    }

    @Test
    void exportsTheShownRowsAsCsv(@TempDir Path dir) throws Exception {
        Workbench workbench = workbench();
        workbench.latestModelProperty().set(classifier);
        EvaluationViewModel model = new EvaluationViewModel(workbench, Runnable::run, Runnable::run);
        Path file = dir.resolve("predictions.csv");
        model.exportPredictions(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int rows = model.shownRows().size();
        assertEquals(rows + 1, lines.size());
        assertTrue(lines.get(0).startsWith("row,x1,x2,label,predicted label,P("), lines.get(0));
        PredictionRow first = model.shownRows().get(0);
        assertTrue(lines.get(1).startsWith(first.datasetRow() + ","), lines.get(1));
        assertTrue(model.statusProperty().get().contains(rows + " predictions"), model.statusProperty().get());
    }

    @Test
    void anOlderEvaluationThatFinishesLateIsDropped() {
        Workbench workbench = workbench();
        Deque<Runnable> background = new ArrayDeque<>();
        EvaluationViewModel model = new EvaluationViewModel(workbench, background::add, Runnable::run);
        workbench.latestModelProperty().set(classifier);
        workbench.latestModelProperty().set(regressor);
        assertTrue(model.busyProperty().get());
        // the newer job finishes first, the older one last
        while (!background.isEmpty()) {
            background.pollLast().run();
        }
        assertSame(regressor, model.resultProperty().get().model());
        assertFalse(model.busyProperty().get());
    }
}

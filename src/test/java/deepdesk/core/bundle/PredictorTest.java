package deepdesk.core.bundle;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Network;
import deepdesk.core.evaluation.ClassProbabilities;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PredictorTest {

    @Test
    void rawTestRowsPredictAsThePreparedFeaturesDo() throws Exception {
        TrainedModels.Trained penguins = TrainedModels.train("penguins.csv", "species");
        int[] testRows = penguins.prepared().rows().test();
        Predictor predictor = new Predictor(penguins.bundle());

        List<Prediction> predictions = predictor.predict(PredictorTestRows.rawRows(penguins.dataset(), testRows));

        ModelBundle bundle = penguins.bundle();
        Network network = Network.create(bundle.spec(), BackendKind.JAVA, 16, 0);
        network.setParameters(bundle.weights());
        float[] outputs = new float[testRows.length * bundle.spec().outputWidth()];
        network.predict(penguins.prepared().test().features(), testRows.length, outputs);
        double[] expected = ClassProbabilities.of(bundle.spec(), outputs, testRows.length);
        int correct = 0;
        for (int r = 0; r < testRows.length; r++) {
            Prediction p = predictions.get(r);
            assertArrayEquals(Arrays.copyOfRange(expected, 3 * r, 3 * r + 3),
                    p.probabilities(), 1e-6);
            if (p.classIndex() == penguins.prepared().test().labels()[r]) {
                correct++;
            }
            assertEquals(penguins.prepared().classNames().get(p.classIndex()), p.label());
        }
        assertTrue(correct > testRows.length * 0.8, correct + " of " + testRows.length);
    }

    @Test
    void arraysInSchemaOrderPredictAsMaps() throws Exception {
        TrainedModels.Trained mpg = TrainedModels.train("auto-mpg.csv", "mpg");
        Predictor predictor = new Predictor(mpg.bundle());
        List<Map<String, Object>> maps = PredictorTestRows.rawRows(mpg.dataset(), new int[] {0, 5, 9});
        List<List<Object>> arrays = new ArrayList<>();
        for (Map<String, Object> map : maps) {
            List<Object> values = new ArrayList<>();
            for (String name : predictor.schema().names()) {
                values.add(map.get(name));
            }
            arrays.add(values);
        }

        List<Prediction> fromMaps = predictor.predict(maps);
        List<Prediction> fromArrays = predictor.predictArrays(arrays);

        assertEquals(List.of("mpg"), predictor.outputNames());
        for (int r = 0; r < 3; r++) {
            assertFalse(fromMaps.get(r).isClassification());
            assertArrayEquals(fromMaps.get(r).values(), fromArrays.get(r).values(), 0);
            assertTrue(fromMaps.get(r).values()[0] > 5 && fromMaps.get(r).values()[0] < 50,
                    "mpg " + fromMaps.get(r).values()[0]);
        }
    }

    @Test
    void everyProblemIsReportedByInputAndColumn() {
        TrainedModels.Trained penguins = TrainedModels.train("penguins.csv", "species");
        Predictor predictor = new Predictor(penguins.bundle());
        Map<String, Object> good = PredictorTestRows.rawRows(penguins.dataset(), new int[] {0}).get(0);
        Map<String, Object> missingColumn = new HashMap<>(good);
        missingColumn.remove("bill_depth_mm");
        Map<String, Object> wrongType = new HashMap<>(good);
        wrongType.put("flipper_length_mm", "long");
        wrongType.put("body_mass_g", true);
        Map<String, Object> unseen = new HashMap<>(good);
        unseen.put("island", "Atlantis");

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> predictor.predict(List.of(good, missingColumn, wrongType, unseen)));

        List<String> described = e.problems().stream().map(InputProblem::describe).toList();
        assertEquals(List.of(
                "input 2, column \"bill_depth_mm\": the column is missing",
                "input 3, column \"flipper_length_mm\": must be a number, not \"long\"",
                "input 3, column \"body_mass_g\": must be a number, not a boolean (true)",
                "input 4, column \"island\": unknown category \"Atlantis\"; the model knows"
                        + " \"Torgersen\", \"Biscoe\", \"Dream\""), described);
    }

    @Test
    void missingValuesAreFilledAndNumbersMayBeText() throws Exception {
        TrainedModels.Trained penguins = TrainedModels.train("penguins.csv", "species");
        Predictor predictor = new Predictor(penguins.bundle());
        Map<String, Object> row = PredictorTestRows.rawRows(penguins.dataset(), new int[] {0}).get(0);
        Map<String, Object> blanks = new HashMap<>(row);
        blanks.put("sex", "NA");
        blanks.put("bill_length_mm", null);
        Map<String, Object> numbers = new HashMap<>(row);
        numbers.put("body_mass_g", 3750);

        List<Prediction> out = predictor.predict(List.of(row, blanks, numbers));

        assertEquals(3, out.size());
        assertArrayEquals(out.get(0).probabilities(), out.get(2).probabilities(), 1e-9);
        assertEquals(1.0, Arrays.stream(out.get(1).probabilities()).sum(), 1e-6);
    }

    @Test
    void concurrentCallersGetTheSameAnswersAsOne() throws Exception {
        TrainedModels.Trained penguins = TrainedModels.train("penguins.csv", "species");
        Predictor predictor = new Predictor(penguins.bundle());
        List<Map<String, Object>> rows = PredictorTestRows.rawRows(penguins.dataset(),
                penguins.prepared().rows().test());
        List<Prediction> expected = predictor.predict(rows);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        int r = round % rows.size();
                        Prediction p = predictor.predict(List.of(rows.get(r))).get(0);
                        if (!Arrays.equals(p.probabilities(), expected.get(r).probabilities())) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anArrayOfTheWrongLengthIsReported() {
        Predictor predictor = new Predictor(TrainedModels.train("iris.csv", "species").bundle());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> predictor.predictArrays(List.of(List.of(5.1, 3.5, 1.4))));
        assertTrue(e.getMessage().contains("expected 4 values in the order sepal_length,"
                + " sepal_width, petal_length, petal_width, got 3"), e.getMessage());
    }
}

package deepdesk.core.bundle;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import deepdesk.core.data.Column;
import deepdesk.core.data.Dataset;
import deepdesk.core.model.Activation;
import deepdesk.core.prep.InputEncoding;
import deepdesk.core.prep.InputKind;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.Scaling;
import deepdesk.core.prep.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exports trained models to ONNX, loads them in ONNX Runtime and checks that they reproduce
 * DeepDesk's predictions from the raw test rows: within 1e-5, relative to the size of the value
 * for regression outputs above 1 (float32 arithmetic in both), absolute for probabilities.
 */
class OnnxExporterTest {

    private static final double TOLERANCE = 1e-5;

    @TempDir
    Path dir;

    @Test
    void regressionWithCategoriesAndMissingValues() throws Exception {
        assertParity(TrainedModels.train("auto-mpg.csv", "mpg"));
    }

    @Test
    void regressionOnDiabetes() throws Exception {
        assertParity(TrainedModels.train("diabetes.csv", "progression"));
    }

    @Test
    void binaryClassification() throws Exception {
        assertParity(TrainedModels.train("breast-cancer.csv", "diagnosis"));
    }

    @Test
    void multiClassClassification() throws Exception {
        assertParity(TrainedModels.train("iris.csv", "species"));
    }

    @Test
    void categoricalInputsWithMissingValues() throws Exception {
        assertParity(TrainedModels.train("penguins.csv", "species"));
    }

    @Test
    void derivedFeaturesMinMaxScalingAndGelu() throws Exception {
        PreparationSettings settings = PreparationSettings.defaults()
                .withDerived(true, true, true)
                .withScaling(Scaling.MIN_MAX);
        assertParity(TrainedModels.train("iris.csv", "species", settings, Activation.GELU));
    }

    @Test
    void everyHiddenActivationExports() throws Exception {
        for (Activation activation : Activation.values()) {
            assertParity(TrainedModels.train("diabetes.csv", "progression",
                    PreparationSettings.defaults(), activation));
        }
    }

    private void assertParity(TrainedModels.Trained trained) throws Exception {
        ModelBundle bundle = trained.bundle();
        Path file = dir.resolve("model.onnx");
        OnnxExporter.export(bundle, file);
        Dataset dataset = trained.dataset();
        int[] rows = trained.prepared().rows().test();
        List<Prediction> expected = new Predictor(bundle).predict(
                PredictorTestRows.rawRows(dataset, rows));

        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(Files.readAllBytes(file));
             Inputs inputs = inputs(env, bundle, dataset, rows);
             OrtSession.Result result = session.run(inputs.tensors)) {
            double worst = 0;
            if (bundle.pipeline().target().task() == TaskKind.REGRESSION) {
                float[][] out = (float[][]) result.get(OnnxExporter.PREDICTION).orElseThrow()
                        .getValue();
                for (int r = 0; r < rows.length; r++) {
                    double want = expected.get(r).values()[0];
                    worst = Math.max(worst, Math.abs(out[r][0] - want) / Math.max(1, Math.abs(want)));
                }
            } else {
                float[][] out = (float[][]) result.get(OnnxExporter.PROBABILITIES).orElseThrow()
                        .getValue();
                long[] labels = (long[]) result.get(OnnxExporter.LABEL).orElseThrow().getValue();
                for (int r = 0; r < rows.length; r++) {
                    double[] want = expected.get(r).probabilities();
                    for (int c = 0; c < want.length; c++) {
                        worst = Math.max(worst, Math.abs(out[r][c] - want[c]));
                    }
                    assertEquals(expected.get(r).classIndex(), labels[r], "row " + rows[r]);
                }
            }
            assertTrue(worst <= TOLERANCE, "largest difference " + worst);
        }
    }

    /** The raw test rows as the graph's inputs. */
    private static Inputs inputs(OrtEnvironment env, ModelBundle bundle, Dataset dataset,
                                 int[] rows) throws Exception {
        List<String> numeric = OnnxExporter.numericColumns(bundle.pipeline());
        Map<String, OnnxTensor> tensors = new HashMap<>();
        if (!numeric.isEmpty()) {
            float[][] values = new float[rows.length][numeric.size()];
            for (int r = 0; r < rows.length; r++) {
                for (int j = 0; j < numeric.size(); j++) {
                    Column column = dataset.column(numeric.get(j)).orElseThrow();
                    values[r][j] = column.isMissing(rows[r]) ? Float.NaN
                            : Float.parseFloat(column.format(rows[r]));
                }
            }
            tensors.put(OnnxExporter.NUMERIC_INPUT, OnnxTensor.createTensor(env, values));
        }
        for (InputEncoding input : bundle.pipeline().inputs()) {
            if (input.kind() == InputKind.CATEGORICAL) {
                Column column = dataset.column(input.column()).orElseThrow();
                String[] values = new String[rows.length];
                for (int r = 0; r < rows.length; r++) {
                    values[r] = column.isMissing(rows[r]) ? "" : column.format(rows[r]);
                }
                tensors.put(input.column(), OnnxTensor.createTensor(env, values,
                        new long[] {rows.length, 1}));
            }
        }
        return new Inputs(tensors);
    }

    /** Input tensors, closed together. */
    private record Inputs(Map<String, OnnxTensor> tensors) implements AutoCloseable {
        @Override
        public void close() {
            tensors.values().forEach(OnnxTensor::close);
        }
    }
}

package deepdesk.core.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import deepdesk.core.model.Activation;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.Scaling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Generated Java and Python inference code reproduces DeepDesk's predictions from raw test rows.
 * The Java class is compiled with the JDK's compiler; the Python module runs only where
 * {@code /usr/bin/python3} with numpy exists.
 */
class InferenceCodeExporterTest {

    private static final double TOLERANCE = 1e-5;
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path dir;

    private static List<TrainedModels.Trained> models() {
        return List.of(TrainedModels.train("auto-mpg.csv", "mpg"),
                TrainedModels.train("breast-cancer.csv", "diagnosis"),
                TrainedModels.train("penguins.csv", "species"),
                TrainedModels.train("iris.csv", "species", PreparationSettings.defaults()
                        .withDerived(true, true, true).withScaling(Scaling.MIN_MAX),
                        Activation.GELU));
    }

    @Test
    void theGeneratedJavaClassCompilesAndPredictsTheSame() throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int n = 0;
        for (TrainedModels.Trained trained : models()) {
            String name = "ExportedModel" + n++;
            Path source = InferenceCodeExporter.exportJava(trained.bundle(), dir, name);
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int status = compiler.run(null, null, errors, "-Xlint:all", "-Werror",
                    "-classpath", dir.toString(), "-d",
                    dir.toString(), source.toString());
            assertEquals(0, status, errors.toString(StandardCharsets.UTF_8));
            try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                    null)) {
                Method predict = loader.loadClass(name).getMethod("predict", Map.class);
                List<Map<String, String>> rows = textRows(trained);
                List<Prediction> expected = new Predictor(trained.bundle()).predict(rows);
                for (int r = 0; r < rows.size(); r++) {
                    double[] got = (double[]) predict.invoke(null, rows.get(r));
                    assertClose(expected(expected.get(r)), got, name + " row " + r);
                }
                Map<String, String> unknown = new HashMap<>(rows.get(0));
                String categorical = categoricalColumn(trained);
                if (categorical != null) {
                    unknown.put(categorical, "no such category");
                    InvocationTargetException e = assertThrows(
                            InvocationTargetException.class, () -> predict.invoke(null, unknown));
                    assertTrue(e.getCause().getMessage().contains("unknown category"));
                }
            }
        }
    }

    @Test
    void theGeneratedPythonFunctionPredictsTheSame() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3 on this machine");
        Process probe = new ProcessBuilder(PYTHON.toString(), "-c", "import numpy")
                .redirectErrorStream(true).start();
        assumeTrue(probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0,
                "/usr/bin/python3 has no numpy");
        ObjectMapper json = new ObjectMapper();
        int n = 0;
        for (TrainedModels.Trained trained : models()) {
            String module = "exported_model_" + n++;
            InferenceCodeExporter.exportPython(trained.bundle(), dir.resolve(module + ".py"));
            List<Map<String, String>> rows = textRows(trained);
            Path input = dir.resolve(module + ".json");
            json.writeValue(input.toFile(), rows);
            String script = "import json, sys\nsys.path.insert(0, sys.argv[1])\nimport " + module
                    + "\nrows = json.load(open(sys.argv[2]))\nprint(json.dumps(" + module
                    + ".predict(rows).tolist()))\n";
            Process process = new ProcessBuilder(PYTHON.toString(), "-c", script, dir.toString(),
                    input.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = process.getInputStream().readAllBytes();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "python did not finish");
            assertEquals(0, process.exitValue(), module + " failed");
            double[][] got = json.readValue(out, double[][].class);
            List<Prediction> expected = new Predictor(trained.bundle()).predict(rows);
            assertEquals(rows.size(), got.length);
            for (int r = 0; r < rows.size(); r++) {
                assertClose(expected(expected.get(r)), got[r], module + " row " + r);
            }
        }
    }

    private static double[] expected(Prediction p) {
        return p.isClassification() ? p.probabilities() : p.values();
    }

    private static void assertClose(double[] want, double[] got, String where) {
        assertEquals(want.length, got.length, where);
        for (int i = 0; i < want.length; i++) {
            double scale = Math.max(1, Math.abs(want[i]));
            assertTrue(Math.abs(want[i] - got[i]) <= TOLERANCE * scale,
                    where + ": expected " + want[i] + ", got " + got[i]);
        }
    }

    private static String categoricalColumn(TrainedModels.Trained trained) {
        return trained.bundle().schema().columns().stream()
                .filter(c -> c.kind() == ValueKind.CATEGORY).map(InputColumn::name)
                .findFirst().orElse(null);
    }

    /** The test rows as text, missing cells as null. */
    private static List<Map<String, String>> textRows(TrainedModels.Trained trained) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, Object> row : PredictorTestRows.rawRows(trained.dataset(),
                trained.prepared().rows().test())) {
            Map<String, String> text = new HashMap<>();
            row.forEach((k, v) -> text.put(k, v == null ? null : v.toString()));
            out.add(text);
        }
        return out;
    }
}

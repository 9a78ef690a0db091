package deepdesk.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepdesk.core.bundle.ModelBundle;
import deepdesk.core.bundle.TrainedModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evaluate, predict and export commands on bundles of models trained on the samples. */
class ModelCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path iris;
    private static Path mpg;

    private record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void bundles() throws Exception {
        iris = dir.resolve("iris.ddmodel");
        TrainedModels.train("iris.csv", "species").bundle().write(iris);
        mpg = dir.resolve("mpg.ddmodel");
        TrainedModels.train("auto-mpg.csv", "mpg").bundle().write(mpg);
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new DeepDeskCommand()).setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void evaluatePrintsClassificationMetricsAndAConfusionMatrix() {
        Result result = run("evaluate", iris.toString(), "samples/iris.csv");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("rows        150"), result.out());
        assertTrue(result.out().matches("(?s).*accuracy +0\\.9\\d{3}.*"), result.out());
        assertTrue(result.out().contains("confusion matrix"), result.out());
        assertTrue(result.out().contains("versicolor"), result.out());
    }

    @Test
    void evaluateJsonHoldsTheFullRegressionEvaluation() throws Exception {
        Result result = run("evaluate", mpg.toString(), "samples/auto-mpg.csv", "--json");
        assertEquals(0, result.code(), result.err());
        JsonNode evaluation = JSON.readTree(result.out());
        assertEquals("regression", evaluation.get("task").asText());
        assertEquals(398, evaluation.get("rows").asInt(), "rows with an mpg");
        assertEquals(398, evaluation.get("residuals").size());
        assertTrue(evaluation.get("r2").asDouble() > 0.5, result.out());
    }

    @Test
    void predictWritesInputsAndPredictionsToACsvFile() throws Exception {
        Path out = dir.resolve("predictions.csv");
        Result result = run("predict", iris.toString(), "samples/iris.csv", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(151, lines.size());
        assertEquals("sepal_length,sepal_width,petal_length,petal_width,predicted_species,"
                + "p_setosa,p_versicolor,p_virginica", lines.get(0));
        assertTrue(lines.get(1).startsWith("5.1,3.5,1.4,0.2,setosa,"), lines.get(1));
    }

    @Test
    void predictReportsRowsThatDoNotFitTheModel() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "sepal_length,sepal_width,petal_length\n5.1,3.5,1.4\n4.9,wide,1.4\n");
        Result result = run("predict", iris.toString(), csv.toString());
        assertEquals(DeepDeskCommand.EXIT_BAD_INPUT, result.code());
        assertTrue(result.err().contains("row 1, column petal_width: the column is missing"),
                result.err());
        assertTrue(result.err().contains("row 2, column sepal_width: must be a number, not"
                + " \"wide\""), result.err());
    }

    @Test
    void exportWritesOnnxJavaAndPython() throws Exception {
        Path onnx = dir.resolve("iris.onnx");
        assertEquals(0, run("export", iris.toString(), "--onnx", onnx.toString()).code());
        assertTrue(Files.size(onnx) > 100);
        Path java = dir.resolve("java");
        assertEquals(0, run("export", iris.toString(), "--java", java.toString(),
                "--class-name", "IrisModel").code());
        assertTrue(Files.readString(java.resolve("IrisModel.java"))
                .contains("public final class IrisModel"));
        Path python = dir.resolve("iris_model.py");
        assertEquals(0, run("export", iris.toString(), "--python", python.toString()).code());
        assertTrue(Files.readString(python).contains("def predict(rows):"));

        Result neither = run("export", iris.toString());
        assertEquals(DeepDeskCommand.EXIT_BAD_INPUT, neither.code());
    }

    @Test
    void aCorruptBundleIsOneLineWithExitCode2() throws Exception {
        Path broken = dir.resolve("broken.ddmodel");
        byte[] bytes = Files.readAllBytes(iris);
        Files.write(broken, Arrays.copyOf(bytes, bytes.length - 100));
        Result result = run("evaluate", broken.toString(), "samples/iris.csv");
        assertEquals(DeepDeskCommand.EXIT_BAD_INPUT, result.code());
        assertTrue(result.err().startsWith("evaluate: " + broken), result.err());
        assertTrue(result.err().contains("truncated"), result.err());
        assertEquals(ModelBundle.read(iris).spec(), TrainedModels.train("iris.csv", "species")
                .bundle().spec());
    }

    @Test
    void helpDocumentsTheExitCodes() {
        for (String command : List.of("evaluate", "predict", "export", "serve")) {
            Result result = run(command, "--help");
            assertEquals(0, result.code());
            assertTrue(result.out().contains("Exit codes:"), command + ": " + result.out());
            assertTrue(result.out().contains("2   bad input"), command + ": " + result.out());
        }
    }
}

package deepdesk.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepdesk.core.bundle.ModelBundle;
import deepdesk.core.evaluation.ClassificationEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Result(int code, List<String> out, String err) {
        JsonNode last() throws IOException {
            return JSON.readTree(out.get(out.size() - 1));
        }
    }

    private static Result train(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] full = new String[args.length + 1];
        full[0] = "train";
        System.arraycopy(args, 0, full, 1, args.length);
        int code = new CommandLine(new DeepDeskCommand()).setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err)).execute(full);
        String text = out.toString().strip();
        return new Result(code, text.isEmpty() ? List.of() : List.of(text.split("\n")), err.toString());
    }

    @Test
    void jsonPrintsOneObjectPerEpochAndASummary() throws IOException {
        Result result = train("samples/iris.csv", "--target", "species", "--epochs", "30", "--json");
        assertEquals(0, result.code(), result.err());
        JsonNode summary = result.last();
        assertEquals("finished", summary.get("state").asText());
        int epochs = summary.get("epochs").asInt();
        assertEquals(epochs + 1, result.out().size());
        for (int i = 0; i < epochs; i++) {
            JsonNode epoch = JSON.readTree(result.out().get(i));
            assertEquals(i + 1, epoch.get("epoch").asInt());
            assertTrue(epoch.get("train").has("accuracy"));
            assertTrue(epoch.get("validation").get("loss").asDouble() > 0);
            assertTrue(epoch.get("samples_per_s").asDouble() > 0);
        }
        for (String split : List.of("validation", "test")) {
            JsonNode metrics = summary.get(split);
            assertTrue(metrics.get("loss").isNumber() && metrics.get("accuracy").isNumber(), summary.toString());
            assertFalse(metrics.has("r2"));
        }
        assertTrue(summary.get("test").get("accuracy").asDouble() > 0.8, summary.toString());
    }

    @Test
    void regressionReportsR2AndRmse() throws IOException {
        Result result = train("samples/auto-mpg.csv", "--target", "mpg", "--epochs", "40", "--json");
        assertEquals(0, result.code(), result.err());
        JsonNode test = result.last().get("test");
        assertTrue(test.get("r2").asDouble() > 0.6, test.toString());
        assertTrue(test.get("rmse").asDouble() > 1 && test.get("rmse").asDouble() < 8,
                "RMSE in miles per gallon: " + test);
        assertFalse(test.has("accuracy"));
    }

    @Test
    void textPrintsALinePerEpochThenTheMetrics() {
        Result result = train("samples/iris.csv", "--target", "species", "--epochs", "5", "--patience", "0",
                "--hidden", "8", "--activation", "tanh", "--optimizer", "sgd", "--lr", "0.1", "--batch", "16",
                "--split", "60/20/20", "--backend", "java");
        assertEquals(0, result.code(), result.err());
        assertEquals(8, result.out().size(), String.join("\n", result.out()));
        for (int i = 0; i < 5; i++) {
            assertTrue(result.out().get(i).startsWith(String.format("epoch %4d  train loss ", i + 1)),
                    result.out().get(i));
        }
        assertEquals("finished after 5 epochs: trained the maximum of 5 epochs", result.out().get(5));
        assertTrue(result.out().get(6).matches("validation  loss \\d\\.\\d{4} accuracy \\d\\.\\d{4}"), result.out().get(6));
        assertTrue(result.out().get(7).matches("test        loss \\d\\.\\d{4} accuracy \\d\\.\\d{4}"), result.out().get(7));
    }

    @Test
    void sameSeedSameOutput() {
        String[] args = {"samples/wine.csv", "--target", "cultivar", "--epochs", "10", "--json", "--seed", "7"};
        List<String> first = train(args).out();
        List<String> second = train(args).out();
        assertEquals(strip(first), strip(second));
    }

    @Test
    void divergenceExitsWithThreeAndSaysWhatToDo() throws IOException {
        Result result = train("samples/auto-mpg.csv", "--target", "mpg", "--optimizer", "sgd", "--lr", "1e6",
                "--json");
        assertEquals(DeepDeskCommand.EXIT_DIVERGED, result.code());
        JsonNode summary = result.last();
        assertEquals("diverged", summary.get("state").asText());
        assertTrue(summary.get("message").asText().contains("is probably too high; try 10000.0"),
                summary.toString());
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() {
        assertBadInput(train("samples/none.csv", "--target", "x"), "train: no such file: samples/none.csv");
        assertBadInput(train("samples/iris.csv", "--target", "colour"),
                "train: no column colour in iris.csv; the columns are sepal_length, sepal_width, petal_length, "
                        + "petal_width, species");
        assertBadInput(train("samples/iris.csv"), "train: name the column to predict with --target COL");
        assertBadInput(train("samples/iris.csv", "--target", "species", "--hidden", "8,x"),
                "train: --hidden needs unit counts like 16,8, got 8,x");
        assertBadInput(train("samples/iris.csv", "--target", "species", "--split", "80/30/10"),
                "train: split percentages must add up to 100, not 120");
        assertBadInput(train("samples/iris.csv", "--target", "species", "--loss", "mse"),
                "train: a target with 3 classes needs the cross-entropy loss, not mse");
        assertBadInput(train("samples/iris.csv", "--target", "species", "--backend", "gpu"),
                "train: unknown --backend gpu; use one of auto, java, nd4j");
    }

    @Test
    void outWritesAModelBundle(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("iris.ddmodel");
        Result result = train("samples/iris.csv", "--target", "species", "--epochs", "5", "--hidden", "6",
                "--out", file.toString());
        assertEquals(0, result.code(), result.err());
        ModelBundle bundle = ModelBundle.read(file);
        assertEquals(4, bundle.spec().inputWidth());
        assertEquals(3, bundle.spec().outputWidth());
        for (float w : bundle.weights()) {
            assertTrue(Float.isFinite(w));
        }
        assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width"),
                bundle.schema().names());
        assertTrue(bundle.evaluation() instanceof ClassificationEvaluation);
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aSavedProjectTrainsWithItsOwnDataRolesAndSettings(@TempDir Path dir) throws IOException {
        Path golden = Path.of("src/test/resources/deepdesk/core/project/iris-v1.deepdesk");
        Path file = dir.resolve("project.ddmodel");
        Result result = train("--project", golden.toString(), "--json", "--out", file.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals("", result.err().strip());
        assertEquals(3, result.last().get("epochs").asInt(), "the project's 3 epochs, not the default");
        ModelBundle bundle = ModelBundle.read(file);
        assertEquals(3, bundle.spec().outputWidth());
    }

    @Test
    void aProjectWhoseDataIsGoneIsBadInput(@TempDir Path dir) throws IOException {
        Path golden = Path.of("src/test/resources/deepdesk/core/project/iris-v1.deepdesk");
        Path moved = dir.resolve("elsewhere.deepdesk");
        String text = java.nio.file.Files.readString(golden)
                .replace("\"samples/iris.csv\"", "\"" + dir.resolve("gone.csv").toString().replace("\\", "/") + "\"");
        java.nio.file.Files.writeString(moved, text);
        Result result = train("--project", moved.toString());
        assertEquals(DeepDeskCommand.EXIT_BAD_INPUT, result.code(), result.err());
        assertTrue(result.err().contains("no longer at"), result.err());
    }

    @Test
    void neitherDataNorProjectIsBadInput() {
        assertBadInput(train("--target", "species"),
                "train: name the CSV file to learn from, or a project with --project");
    }

    private static void assertBadInput(Result result, String message) {
        assertEquals(DeepDeskCommand.EXIT_BAD_INPUT, result.code(), result.err());
        assertEquals(message, result.err().strip());
        assertTrue(result.out().isEmpty());
    }

    /** The lines without timings, which differ from run to run. */
    private static List<String> strip(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("\"(seconds|samples_per_s)\":[^,}]*", "")).toList();
    }
}

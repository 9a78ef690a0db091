package deepdesk.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trains every classification and regression sample with the defaults of {@code train} over five
 * seeds (each seed changes the split, the initial weights and the shuffling) and checks the
 * median test score against the targets. Prints the table.
 */
class TrainSampleAccuracyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Sample(String file, String target, String metric, double required) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("iris.csv", "species", "accuracy", 0.93),
            new Sample("penguins.csv", "species", "accuracy", 0.97),
            new Sample("wine.csv", "cultivar", "accuracy", 0.95),
            new Sample("breast-cancer.csv", "diagnosis", "accuracy", 0.95),
            new Sample("digits.csv", "digit", "accuracy", 0.95),
            new Sample("auto-mpg.csv", "mpg", "r2", 0.85));

    @Test
    void defaultsReachTheTargetsOnTheSamples() {
        StringBuilder table = new StringBuilder(String.format("%-18s %-8s %-44s %7s %7s%n",
                "sample", "metric", "test score per seed 1..5 (epochs)", "median", "target"));
        List<String> misses = new ArrayList<>();
        for (Sample sample : SAMPLES) {
            double[] scores = new double[5];
            StringBuilder row = new StringBuilder();
            for (int seed = 1; seed <= 5; seed++) {
                JsonNode summary = run("train", "samples/" + sample.file(), "--target", sample.target(),
                        "--seed", Integer.toString(seed), "--json");
                assertEquals("finished", summary.get("state").asText(), summary.toString());
                scores[seed - 1] = summary.get("test").get(sample.metric()).asDouble();
                row.append(String.format("%.3f (%d) ", scores[seed - 1], summary.get("epochs").asInt()));
            }
            double[] sorted = scores.clone();
            Arrays.sort(sorted);
            double median = sorted[2];
            table.append(String.format("%-18s %-8s %-44s %7.3f %7.2f%n", sample.file(), sample.metric(),
                    row.toString().trim(), median, sample.required()));
            if (median < sample.required()) {
                misses.add(sample.file() + " median " + median + " < " + sample.required());
            }
        }
        System.out.print(table);
        assertTrue(misses.isEmpty(), String.join("; ", misses) + "\n" + table);
    }

    private static JsonNode run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new DeepDeskCommand()).setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err)).execute(args);
        assertEquals(0, code, err.toString());
        String[] lines = out.toString().strip().split("\n");
        try {
            return JSON.readTree(lines[lines.length - 1]);
        } catch (java.io.IOException e) {
            throw new AssertionError("the last line is not JSON: " + lines[lines.length - 1], e);
        }
    }
}

package deepdesk.core.spark;

import deepdesk.core.cli.DeepDeskCommand;
import deepdesk.core.distributed.DistributedTraining;
import deepdesk.core.training.TrainingService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With Spark on the class path, starting DeepDesk loads none of its classes: a fresh JVM with
 * {@code -verbose:class} runs {@code inspect}, builds the training service and looks up the
 * cluster training provider, and its class-loading log names no Spark or Scala class.
 */
class StartupLoadsNoSparkTest {

    @Test
    void startingTheAppLoadsNoSparkClass() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-verbose:class", "-cp",
                System.getProperty("java.class.path"), Probe.class.getName(),
                SparkTestSession.sample("iris.csv"))
                .redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the probe JVM ended");
        List<String> lines = new String(output, StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, process.exitValue(), String.join("\n", lines.subList(
                Math.max(0, lines.size() - 20), lines.size())));
        assertTrue(lines.contains("probe: Apache Spark"), "the provider was found");
        assertTrue(lines.stream().anyMatch(l -> l.contains(" deepdesk.core.spark.SparkTraining ")),
                "the class-loading log is read");
        List<String> spark = lines.stream()
                .filter(l -> l.contains(" org.apache.spark.") || l.contains(" scala."))
                .toList();
        assertTrue(spark.isEmpty(), "start-up loaded " + spark.size() + " Spark classes, first: "
                + (spark.isEmpty() ? "" : spark.get(0)));
    }

    /** What the app does at start-up that could reach Spark, in a JVM of its own. */
    static final class Probe {

        private Probe() {
        }

        public static void main(String[] args) throws Exception {
            int exit = DeepDeskCommand.run("inspect", args[0]);
            if (exit != 0) {
                System.exit(exit);
            }
            try (TrainingService service = new TrainingService()) {
                service.state();
            }
            DistributedTraining training = DistributedTraining.find().orElseThrow();
            System.out.println("probe: " + training.name());
            System.exit(0);
        }
    }
}

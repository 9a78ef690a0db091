package deepdesk.core.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepdesk.core.bundle.ModelBundle;
import deepdesk.core.bundle.Prediction;
import deepdesk.core.bundle.Predictor;
import deepdesk.core.cli.DeepDeskCommand;
import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import deepdesk.core.model.Activation;
import deepdesk.core.prep.ColumnRole;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.Preparation;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.project.DatasetReference;
import deepdesk.core.project.ProjectFile;
import deepdesk.core.project.ProjectStore;
import deepdesk.core.training.DefaultModels;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.TrainingConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training on Spark from the command line: {@code train --spark} and the spark-submit entry point. */
class SparkCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startSpark() {
        SparkSessions.session(SparkTestSession.MASTER);
    }

    @AfterAll
    static void stopSpark() {
        SparkSessions.stop();
    }

    @Test
    void trainWithSparkWritesABundleThatPredicts(@TempDir Path dir) throws Exception {
        Path bundle = dir.resolve("iris.ddmodel");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new DeepDeskCommand()).setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err)).execute("train", SparkTestSession.sample("iris.csv"),
                        "--target", "species", "--spark", SparkTestSession.MASTER,
                        "--spark-mode", "average", "--spark-local-steps", "2",
                        "--spark-partitions", "2", "--batch", "8", "--lr", "0.05",
                        "--epochs", "25", "--json", "--out", bundle.toString());
        assertEquals(0, code, err.toString());
        String[] lines = out.toString().strip().split("\n");
        assertEquals(26, lines.length, out.toString());
        JsonNode summary = JSON.readTree(lines[lines.length - 1]);
        assertEquals("finished", summary.get("state").asText());
        assertTrue(summary.get("test").get("accuracy").asDouble() >= 0.8, summary.toString());

        Predictor predictor = new Predictor(ModelBundle.read(bundle));
        Prediction setosa = predictor.predict(List.of(Map.of("sepal_length", "5.1",
                "sepal_width", "3.5", "petal_length", "1.4", "petal_width", "0.2"))).get(0);
        assertEquals("setosa", setosa.label());
    }

    @Test
    void aProjectTrainsOnSparkWithItsOwnRolesPreparationAndSettings(@TempDir Path dir)
            throws Exception {
        Path data = Path.of(SparkTestSession.sample("auto-mpg.csv"));
        CsvDialect dialect = CsvSniffer.sniff(data);
        Dataset dataset = new CsvImporter().read(data, dialect, ProgressListener.NONE);
        DatasetRoles roles = DatasetRoles.suggest(dataset, "mpg").withRole("weight_lbs",
                ColumnRole.IGNORE);
        PreparationSettings preparation = PreparationSettings.defaults().withSeed(5);
        PreparedData prepared = Preparation.prepare(dataset, roles, preparation);
        TrainingConfig training = TrainingConfig.defaults(DefaultModels.forData(prepared.train(),
                        List.of(8), Activation.TANH, null))
                .withBatchSize(32).withMaxEpochs(4).withEarlyStopping(EarlyStopping.OFF);
        Path project = dir.resolve("mpg.deepdesk");
        ProjectStore.write(project, ProjectFile.of(Instant.now().toString(),
                DatasetReference.of(data, dialect), roles, preparation, training, List.of(),
                Map.of()));
        Path bundle = dir.resolve("mpg.ddmodel");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new DeepDeskCommand()).setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err)).execute(SparkSubmitMain.trainArguments(
                        new String[] {project.toString(), data.toUri().toString(),
                            bundle.toString(), "--spark-partitions", "2"}, SparkTestSession.MASTER));
        assertEquals(0, code, err.toString());
        assertEquals(4 + 3, out.toString().strip().split("\n").length, out.toString());
        ModelBundle written = ModelBundle.read(bundle);
        assertEquals(prepared.pipeline().featureNames(), written.pipeline().featureNames());
        assertEquals(training.model(), written.spec());
        assertTrue(written.schema().names().contains("horsepower"));
        assertFalse(written.schema().names().contains("weight_lbs"), "an ignored column stays out");
    }

    @Test
    void aBadTargetIsOneLineAndExitTwo() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new DeepDeskCommand()).setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err)).execute("train", SparkTestSession.sample("iris.csv"),
                        "--target", "colour", "--spark", SparkTestSession.MASTER);
        assertEquals(DeepDeskCommand.EXIT_BAD_INPUT, code);
        assertTrue(err.toString().startsWith("train: no column colour in "), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void sparkSubmitRunsTrainOnTheSubmittedMaster() {
        assertArrayEquals(new String[] {"train", "--project", "p.deepdesk", "hdfs://h/d.csv",
            "--out", "m.ddmodel", "--spark", "spark://h:7077", "--spark-mode", "average"},
                SparkSubmitMain.trainArguments(new String[] {"p.deepdesk", "hdfs://h/d.csv",
                    "m.ddmodel", "--spark-mode", "average"}, "spark://h:7077"));
    }
}

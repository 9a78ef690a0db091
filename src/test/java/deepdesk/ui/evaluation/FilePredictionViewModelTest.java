package deepdesk.ui.evaluation;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Predict a file" without a display: background work is queued and run by hand. */
class FilePredictionViewModelTest {

    private static TrainedModel penguins;

    @TempDir
    Path dir;

    private final Deque<Runnable> queued = new ArrayDeque<>();

    @BeforeAll
    static void train() throws Exception {
        Path path = Path.of("samples", "penguins.csv");
        Dataset dataset = new CsvImporter().read(path, CsvSniffer.sniff(path), ProgressListener.NONE);
        penguins = TrainedModelFixtures.train(dataset, "species", 20);
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    private Path file() throws Exception {
        Path file = dir.resolve("new.csv");
        Files.write(file, List.of("island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex",
                "Torgersen,39.1,18.7,181,3750,MALE", "Dream,46.5,17.9,192,3500,FEMALE"), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void predictsShowsTheReportAndExports() throws Exception {
        Workbench workbench = new Workbench(Runnable::run, Runnable::run);
        workbench.latestModelProperty().set(penguins);
        FilePredictionViewModel model = new EvaluationViewModel(workbench, queued::add, Runnable::run).filePrediction();
        runQueued();

        model.predict(file());
        assertTrue(model.work().runningProperty().get());
        runQueued();
        assertFalse(model.work().runningProperty().get());
        assertEquals(2, model.rows().size());
        assertEquals("2 of 2 rows predicted; 0 skipped.", model.report().get(0));
        assertTrue(model.report().stream().anyMatch(l -> l.contains("no target column")));

        Path out = dir.resolve("out.csv");
        model.export(out);
        runQueued();
        assertEquals(3, Files.readAllLines(out).size());
        assertTrue(model.statusProperty().get().startsWith("Saved 2 predictions"), model.statusProperty().get());
    }

    @Test
    void aCancelledPredictionShowsNothingAndANewModelClearsTheOldResult() throws Exception {
        Workbench workbench = new Workbench(Runnable::run, Runnable::run);
        workbench.latestModelProperty().set(penguins);
        FilePredictionViewModel model = new EvaluationViewModel(workbench, queued::add, Runnable::run).filePrediction();
        runQueued();

        model.predict(file());
        model.cancel();
        runQueued();
        assertNull(model.resultProperty().get());
        assertTrue(model.rows().isEmpty());

        model.predict(file());
        runQueued();
        assertEquals(2, model.rows().size());
        workbench.latestModelProperty().set(TrainedModelFixtures.classifier(5));
        runQueued();
        assertNull(model.resultProperty().get());
        assertTrue(model.rows().isEmpty() && model.report().isEmpty());
    }
}

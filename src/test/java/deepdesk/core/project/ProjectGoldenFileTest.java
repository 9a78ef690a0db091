package deepdesk.core.project;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.Dataset;
import deepdesk.core.prep.Preparation;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.prep.TaskKind;
import deepdesk.core.training.RunRecord;
import deepdesk.core.training.StopReason;
import deepdesk.core.training.Trainer;
import deepdesk.core.training.TrainingData;
import deepdesk.core.training.TrainingOutcome;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Projects written by earlier builds must keep opening in every later build: format 1 (iris,
 * two short runs, the dataset path made relative to the repository) and format 2 (synthetic XOR
 * data saved by its generator settings, one short run).
 */
class ProjectGoldenFileTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "deepdesk", "core",
            "project", "iris-v1.deepdesk");
    private static final Path GOLDEN_SYNTHETIC = Path.of("src", "test", "resources", "deepdesk", "core",
            "project", "xor-v2.deepdesk");

    @Test
    void theFormatOneGoldenFileStillOpens() throws Exception {
        ProjectFile project = ProjectStore.read(GOLDEN);

        assertEquals(ProjectFile.CURRENT_FORMAT, project.formatVersion());
        assertEquals("2026-01-02T03:04:05Z", project.savedAt());
        assertEquals("species", project.roles().target());
        assertEquals(TaskKind.CLASSIFICATION, project.roles().task());
        assertEquals(4, project.roles().inputs().size());
        assertEquals(',', project.dataset().dialect().delimiter());
        assertEquals(7, project.preparation().seed());
        assertEquals(2, project.runs().size());
        assertEquals(Map.of(2L, "longer"), project.runNames());
        int[] epochs = {3, 5};
        for (int i = 0; i < 2; i++) {
            RunRecord run = project.runs().get(i);
            assertEquals(i + 1, run.id());
            assertEquals(epochs[i], run.epochs().size());
            assertEquals(StopReason.MAX_EPOCHS, run.reason());
            assertEquals(run.config().model().parameterCount(), run.bestWeights().length);
            assertTrue(run.best().train().loss() > 0, "the best epoch's loss was kept");
        }
    }

    @Test
    void theGoldenFileStillMatchesTheSampleItWasSavedWith() throws Exception {
        ProjectFile project = ProjectStore.read(GOLDEN);
        DatasetCheck check = DatasetCheck.of(project.dataset());
        assertEquals(DatasetStatus.FOUND, check.status(), check.describe());
    }

    @Test
    void theFormatTwoGoldenFileWithSyntheticDataStillOpensAndRegeneratesTheSameRows() throws Exception {
        ProjectFile project = ProjectStore.read(GOLDEN_SYNTHETIC);

        assertEquals(new SyntheticRecipe("XOR", 60, 0.1, 3), project.dataset().synthetic());
        assertEquals(DatasetStatus.FOUND, DatasetCheck.of(project.dataset()).status());
        Dataset dataset = project.dataset().open(ProgressListener.NONE);
        assertEquals(60, dataset.rowCount());
        RunRecord run = project.runs().get(0);
        assertEquals(3, run.epochs().size());
        // the same config on the regenerated rows retraces the saved run exactly
        PreparedData prepared = Preparation.prepare(dataset, project.roles(), project.preparation());
        Trainer trainer = new Trainer(run.config(), new TrainingData(prepared.train(), prepared.validation()));
        TrainingOutcome again = trainer.run(metrics -> { }, () -> false);
        assertEquals(run.epochs().get(2).train().loss(), again.epochs().get(2).train().loss(), 0.0);
    }
}

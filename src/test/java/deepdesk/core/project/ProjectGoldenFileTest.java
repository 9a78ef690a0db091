package deepdesk.core.project;

import deepdesk.core.prep.TaskKind;
import deepdesk.core.training.RunRecord;
import deepdesk.core.training.StopReason;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project written in format 1 (iris, two short runs, the dataset path made relative to the
 * repository) must keep opening in every later build.
 */
class ProjectGoldenFileTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "deepdesk", "core",
            "project", "iris-v1.deepdesk");

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
}

package deepdesk.ui;

import deepdesk.core.data.ColumnType;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.Dataset;
import deepdesk.core.prep.ColumnRole;
import deepdesk.core.project.ProjectFile;
import deepdesk.core.project.ProjectStore;
import deepdesk.core.project.RecoveryStore;
import deepdesk.core.project.SyntheticRecipe;
import deepdesk.core.training.TrainingService;
import deepdesk.ui.common.BackgroundWork;
import deepdesk.ui.common.Debouncer;
import deepdesk.ui.common.Workbench;
import deepdesk.ui.dataset.ColumnEntry;
import deepdesk.ui.dataset.CoreDataOperations;
import deepdesk.ui.dataset.DatasetViewModel;
import deepdesk.ui.dataset.SampleChoice;
import deepdesk.ui.dataset.SyntheticChoice;
import deepdesk.ui.training.TrainViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A project keeps data that is not a user's file (a sample, a synthetic dataset) and the
 * dialect a file was read in, and brings them back in a fresh session; without a display.
 */
class ProjectDatasetOriginTest {

    private final Executor direct = Runnable::run;
    private final TrainingService firstService = new TrainingService();
    private final TrainingService secondService = new TrainingService();

    @TempDir
    Path dir;

    /** One application's worth of view models, run on the calling thread. */
    private final class Session {
        final Workbench workbench = new Workbench(direct, direct);
        final DatasetViewModel data = new DatasetViewModel(new CoreDataOperations(), workbench,
                Debouncer.immediate(), new BackgroundWork(direct, direct), direct, direct);
        final ProjectSession project;

        Session(TrainingService service) {
            TrainViewModel train = new TrainViewModel(service, workbench, direct, direct);
            project = new ProjectSession(workbench, data, train, service,
                    new RecoveryStore(dir.resolve("recovery")), direct, direct);
        }
    }

    @AfterEach
    void shutDown() throws InterruptedException {
        firstService.awaitShutdown(5, TimeUnit.SECONDS);
        secondService.awaitShutdown(5, TimeUnit.SECONDS);
    }

    private Session saveAndReopen(Session first, String name) throws Exception {
        Path file = dir.resolve(name);
        first.project.saveAs(file);
        assertFalse(first.project.dirtyProperty().get(), first.project.noticeProperty().get());
        Session second = new Session(secondService);
        second.project.open(file, missing -> fail("a " + missing.describe() + " never moves"));
        assertEquals(file, second.project.fileProperty().get(), second.project.noticeProperty().get());
        return second;
    }

    @Test
    void aSampleComesBackByNameWithItsRoles() throws Exception {
        Session first = new Session(firstService);
        SampleChoice penguins = first.data.samples().stream().filter(s -> s.key().equals("penguins.csv"))
                .findFirst().orElseThrow();
        first.data.openSample(penguins);
        ColumnEntry island = first.data.columns().stream().filter(e -> e.name().equals("island"))
                .findFirst().orElseThrow();
        island.roleProperty().set(ColumnRole.IGNORE);

        Session second = saveAndReopen(first, "penguins.deepdesk");
        ProjectFile saved = ProjectStore.read(dir.resolve("penguins.deepdesk"));
        assertEquals("penguins.csv", saved.dataset().sample());
        assertNull(saved.dataset().path());
        assertEquals("penguins.csv", second.data.originProperty().get().sample());
        assertEquals(344, second.data.datasetProperty().get().rowCount());
        assertEquals("species", second.workbench.rolesProperty().get().target());
        assertEquals(ColumnRole.IGNORE, second.workbench.rolesProperty().get().role("island"));
        assertFalse(second.project.dirtyProperty().get(), second.project.noticeProperty().get());
    }

    @Test
    void aSyntheticDatasetComesBackWithTheSameRows() throws Exception {
        Session first = new Session(firstService);
        SyntheticChoice spiral = first.data.generators().stream().filter(g -> g.key().equals("SPIRAL"))
                .findFirst().orElseThrow();
        first.data.generate(spiral, 150, 0.2, 11);
        Dataset generated = first.data.datasetProperty().get();

        Session second = saveAndReopen(first, "spiral.deepdesk");
        assertEquals(new SyntheticRecipe("SPIRAL", 150, 0.2, 11),
                ProjectStore.read(dir.resolve("spiral.deepdesk")).dataset().synthetic());
        Dataset reopened = second.data.datasetProperty().get();
        assertEquals(generated.rowCount(), reopened.rowCount());
        for (int c = 0; c < generated.columnCount(); c++) {
            for (int r = 0; r < generated.rowCount(); r++) {
                assertEquals(generated.column(c).format(r), reopened.column(c).format(r));
            }
        }
        assertEquals(first.workbench.rolesProperty().get(), second.workbench.rolesProperty().get());
    }

    @Test
    void theDialectChosenByHandIsSavedAndUsedWhenReopening() throws Exception {
        Path csv = dir.resolve("measures.csv");
        Files.write(csv, List.of("size;weight;kind", "1,5;--;a", "2,5;3,25;b", "3,5;4,5;a", "4,5;5,75;b"),
                StandardCharsets.UTF_8);
        // "--" is no default missing marker: read with the sniffed dialect, weight would be text
        CsvDialect chosen = CsvDialect.DEFAULT.withDelimiter(';').withDecimalComma(true)
                .withMissingMarkers(Set.of("--"));
        Session first = new Session(firstService);
        first.data.open(csv, chosen);
        assertEquals(ColumnType.NUMERIC, first.data.datasetProperty().get().column("weight").orElseThrow().type());

        Session second = saveAndReopen(first, "measures.deepdesk");
        assertEquals(chosen, ProjectStore.read(dir.resolve("measures.deepdesk")).dataset().dialect());
        assertEquals(chosen, second.data.originProperty().get().dialect());
        Dataset reopened = second.data.datasetProperty().get();
        assertEquals(ColumnType.NUMERIC, reopened.column("weight").orElseThrow().type());
        assertEquals(1, reopened.column("weight").orElseThrow().missingCount());
        assertEquals("3.25", reopened.column("weight").orElseThrow().format(1));
    }
}

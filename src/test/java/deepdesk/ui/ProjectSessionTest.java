package deepdesk.ui;

import deepdesk.core.prep.ColumnRole;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.project.DatasetCheck;
import deepdesk.core.project.DatasetStatus;
import deepdesk.core.project.ProjectFile;
import deepdesk.core.project.ProjectStore;
import deepdesk.core.project.RecoveryStore;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.RunRecord;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingService;
import deepdesk.core.training.TrainingState;
import deepdesk.ui.common.BackgroundWork;
import deepdesk.ui.common.Debouncer;
import deepdesk.ui.common.Workbench;
import deepdesk.ui.dataset.ColumnEntry;
import deepdesk.ui.dataset.CoreDataOperations;
import deepdesk.ui.dataset.DatasetViewModel;
import deepdesk.ui.training.RunEntry;
import deepdesk.ui.training.TrainViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Saving a session with a trained run and opening it in a fresh session, without a display. */
class ProjectSessionTest {

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
        final TrainViewModel train;
        final ProjectSession project;

        Session(TrainingService service) {
            train = new TrainViewModel(service, workbench, direct, direct);
            project = new ProjectSession(workbench, data, train, service,
                    new RecoveryStore(dir.resolve("recovery")), direct, direct);
        }
    }

    @AfterEach
    void shutDown() throws InterruptedException {
        firstService.awaitShutdown(5, TimeUnit.SECONDS);
        secondService.awaitShutdown(5, TimeUnit.SECONDS);
    }

    @Test
    void aSavedProjectReopensWithTheSameDataSettingsAndRuns() throws Exception {
        Path csv = dir.resolve("iris.csv");
        Files.copy(Path.of("samples", "iris.csv"), csv, StandardCopyOption.REPLACE_EXISTING);
        Session first = new Session(firstService);
        assertEquals("Untitled — DeepDesk", first.project.titleProperty().get());
        first.data.open(csv);
        ColumnEntry sepalWidth = first.data.columns().stream()
                .filter(e -> e.name().equals("sepal_width")).findFirst().orElseThrow();
        sepalWidth.roleProperty().set(ColumnRole.IGNORE);
        first.data.preparation().reset(PreparationSettings.defaults().withSeed(5));
        TrainingConfig config = TrainViewModel.defaultConfig(first.workbench.preparedProperty().get())
                .withMaxEpochs(4).withEarlyStopping(EarlyStopping.OFF);
        first.workbench.trainingConfigProperty().set(config);
        first.train.startTraining();
        drainUntil(first.train, () -> first.train.runs().size() == 1
                && first.train.runs().get(0).stateProperty().get() == TrainingState.FINISHED, "a finished run");
        first.train.rename(first.train.runs().get(0), "baseline");
        assertTrue(first.project.dirtyProperty().get());
        assertTrue(first.project.titleProperty().get().startsWith("*Untitled"));

        Path file = dir.resolve("study.deepdesk");
        first.project.saveAs(file);
        assertFalse(first.project.dirtyProperty().get(), first.project.noticeProperty().get());
        assertEquals("study — DeepDesk", first.project.titleProperty().get());
        RunRecord saved = firstService.history().runs().get(0);

        Session second = new Session(secondService);
        second.project.open(file, missing -> fail("the dataset did not move"));
        assertEquals(file, second.project.fileProperty().get());
        assertEquals(csv.toString(), second.data.sourceProperty().get());
        assertEquals(ColumnRole.IGNORE, second.workbench.rolesProperty().get().role("sepal_width"));
        assertEquals(5, second.workbench.preparationSettingsProperty().get().seed());
        assertEquals(config, second.workbench.trainingConfigProperty().get());
        awaitRuns(second.train, 1);
        RunEntry reopened = second.train.runs().get(0);
        assertEquals("baseline", reopened.nameProperty().get());
        assertEquals(TrainingState.FINISHED, reopened.stateProperty().get());
        assertEquals(4, reopened.epochsProperty().get());
        assertEquals(saved.epochs().get(3).train().loss(), reopened.trainLoss().y(3), 0.0);
        RunRecord restored = secondService.history().runs().get(0);
        assertArrayEquals(saved.bestWeights(), restored.bestWeights());
        assertFalse(second.project.dirtyProperty().get(), "nothing changed since opening");

        second.train.startTraining();
        drainUntil(second.train, () -> second.train.runs().size() == 2
                && second.train.runs().get(1).stateProperty().get() == TrainingState.FINISHED, "a new run");
        assertEquals(2, second.train.runs().get(1).id(), "new runs are numbered after the restored ones");
        assertEquals("baseline", second.train.runs().get(0).nameProperty().get());
        assertEquals(TrainingState.FINISHED, second.train.runs().get(0).stateProperty().get());
        assertTrue(second.project.dirtyProperty().get());
    }

    @Test
    void aMovedDatasetIsLocatedAndAChangedOneIsReported() throws Exception {
        Path csv = dir.resolve("iris.csv");
        Files.copy(Path.of("samples", "iris.csv"), csv, StandardCopyOption.REPLACE_EXISTING);
        Session first = new Session(firstService);
        first.data.open(csv);
        Path file = dir.resolve("moving.deepdesk");
        first.project.saveAs(file);

        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere")).resolve("flowers.csv");
        Files.move(csv, elsewhere);
        Files.writeString(elsewhere, "5.0,3.0,1.5,0.2,setosa\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Session second = new Session(secondService);
        AtomicReference<String> askedFor = new AtomicReference<>();
        second.project.open(file, missing -> {
            askedFor.set(missing.path());
            return elsewhere;
        });
        assertEquals(csv.toAbsolutePath().toString(), askedFor.get());
        assertEquals(elsewhere.toString(), second.data.sourceProperty().get());
        assertTrue(second.project.noticeProperty().get().contains("differs"),
                second.project.noticeProperty().get());
        assertTrue(second.project.dirtyProperty().get(), "the project now points elsewhere");
    }

    @Test
    void anUnsavedSessionIsAutosavedAndOfferedBack() throws Exception {
        Path csv = dir.resolve("iris.csv");
        Files.copy(Path.of("samples", "iris.csv"), csv, StandardCopyOption.REPLACE_EXISTING);
        Session first = new Session(firstService);
        first.data.open(csv);
        first.data.preparation().reset(PreparationSettings.defaults().withSeed(77));
        first.project.autosave();

        ProjectFile autosaved = ProjectStore.read(dir.resolve("recovery").resolve("autosave.deepdesk"));
        assertEquals(77, autosaved.preparation().seed());
        assertEquals(DatasetStatus.FOUND, DatasetCheck.of(autosaved.dataset()).status());

        Session second = new Session(secondService);
        AtomicReference<Path> offeredOrigin = new AtomicReference<>(dir);
        second.project.offerRecovery(recovery -> {
            offeredOrigin.set(recovery.origin());
            return true;
        }, missing -> fail("the dataset did not move"));
        assertNull(offeredOrigin.get(), "the session was never saved");
        assertEquals(77, second.workbench.preparationSettingsProperty().get().seed());
        assertTrue(second.project.dirtyProperty().get(), "a recovered session is not saved yet");
        assertNull(second.project.fileProperty().get());

        second.project.saveAs(dir.resolve("recovered.deepdesk"));
        assertTrue(new RecoveryStore(dir.resolve("recovery")).pending().isEmpty(),
                "saving removes the autosave");
    }

    private static void awaitRuns(TrainViewModel model, int count) {
        drainUntil(model, () -> model.runs().size() == count, count + " restored runs");
    }

    /** Drains the bridge until the condition holds, failing after ten seconds. */
    private static void drainUntil(TrainViewModel model, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            model.bridge().drain();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }
}

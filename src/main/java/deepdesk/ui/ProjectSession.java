package deepdesk.ui;

import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import deepdesk.core.prep.ColumnRole;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.project.DatasetCheck;
import deepdesk.core.project.DatasetReference;
import deepdesk.core.project.DatasetStatus;
import deepdesk.core.project.ProjectFile;
import deepdesk.core.project.ProjectStore;
import deepdesk.core.project.Recovery;
import deepdesk.core.project.RecoveryStore;
import deepdesk.core.training.RunRecord;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingService;
import deepdesk.ui.common.Workbench;
import deepdesk.ui.dataset.ColumnEntry;
import deepdesk.ui.dataset.DatasetOrigin;
import deepdesk.ui.dataset.DatasetViewModel;
import deepdesk.ui.training.RunEntry;
import deepdesk.ui.training.TrainViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;

/**
 * The open project: gathers the session (dataset, roles, preparation, training settings and
 * runs) into a {@link ProjectFile} to save or autosave it, and puts a saved one back into the
 * screens. It knows the project's file, whether there are unsaved changes, and the window title
 * that shows both.
 *
 * <p>Threading: FX thread only. Reading, fingerprinting and writing files run on the background
 * executor, one at a time; results come back through the FX executor.
 */
public final class ProjectSession {

    /** Asks the user where a project's dataset went; called on the FX thread. */
    @FunctionalInterface
    public interface DatasetLocator {
        /** The file the user chose for {@code missing}, or {@code null} when they cancelled. */
        Path locate(DatasetReference missing);
    }

    private static final String APP = "DeepDesk";

    private final Workbench workbench;
    private final DatasetViewModel data;
    private final TrainViewModel train;
    private final TrainingService service;
    private final RecoveryStore recovery;
    private final Executor background;
    private final Executor fx;
    private final Object fileLock = new Object();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private long changes;
    // decision: autosaves run every minute; the dataset is hashed again only when its size or
    // modification time changed. Written on background threads; a lost race only rehashes.
    private volatile Fingerprinted fingerprinted;
    private boolean unsavedWhenRestored;
    // guarded by fileLock: once closing, an autosave still in flight is not written
    private boolean closed;

    /**
     * Creates the session over the screens' state.
     *
     * @param workbench  the shared dataset, roles, preparation and training settings
     * @param data       the Data screen, which opens the dataset
     * @param train      the Train screen, which lists the runs
     * @param service    the training service, which holds every run's record and weights
     * @param recovery   where autosaves go
     * @param background where files are read and written (one job at a time)
     * @param fx         how results reach the FX thread ({@code Platform::runLater} in the app)
     */
    public ProjectSession(Workbench workbench, DatasetViewModel data, TrainViewModel train,
                          TrainingService service, RecoveryStore recovery, Executor background,
                          Executor fx) {
        this.workbench = workbench;
        this.data = data;
        this.train = train;
        this.service = service;
        this.recovery = recovery;
        this.background = background;
        this.fx = fx;
        ChangeListener<Object> edited = (o, a, b) -> changed();
        workbench.datasetProperty().addListener(edited);
        workbench.rolesProperty().addListener(edited);
        workbench.preparationSettingsProperty().addListener(edited);
        workbench.trainingConfigProperty().addListener(edited);
        train.runs().addListener((ListChangeListener<RunEntry>) change -> {
            changed();
            while (change.next()) {
                change.getAddedSubList().forEach(this::watchRun);
            }
        });
        file.addListener((o, a, b) -> updateTitle());
        dirty.addListener((o, a, b) -> updateTitle());
        updateTitle();
    }

    // ---------------------------------------------------------------- state

    /** The project file, or {@code null} while the session was never saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Whether something changed since the last save or open. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The window title: the project's name, a leading {@code *} for unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The latest message for the user (saved, could not save, the data differs, ...). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- commands

    /**
     * Saves to the current file.
     *
     * @return {@code false} when there is no file yet (the caller asks for one: Save As)
     */
    public boolean save() {
        Path current = file.get();
        if (current == null) {
            return false;
        }
        saveAs(current);
        return true;
    }

    /** Saves the session to {@code target}, which becomes the project's file. */
    public void saveAs(Path target) {
        saveAs(target, () -> { });
    }

    /**
     * Saves the session to {@code target}, which becomes the project's file, then runs
     * {@code whenSaved} on the FX thread (not when saving fails).
     */
    public void saveAs(Path target, Runnable whenSaved) {
        Snapshot snapshot = snapshot();
        long savedChanges = changes;
        inBackground(() -> {
            try {
                ProjectFile project = build(snapshot);
                synchronized (fileLock) {
                    ProjectStore.write(target, project);
                    recovery.clear();
                }
                fx.execute(() -> {
                    file.set(target);
                    if (changes == savedChanges) {
                        dirty.set(false);
                    }
                    notice.set("Saved " + target.getFileName() + ".");
                    whenSaved.run();
                });
            } catch (Exception e) {
                fx.execute(() -> notice.set("Could not save the project: " + e.getMessage()));
            }
        });
    }

    /** Writes the session to the recovery folder if it has unsaved changes. */
    public void autosave() {
        if (!dirty.get()) {
            return;
        }
        Snapshot snapshot = snapshot();
        Path origin = file.get();
        inBackground(() -> {
            try {
                ProjectFile project = build(snapshot);
                synchronized (fileLock) {
                    if (!closed) {
                        recovery.save(project, origin);
                    }
                }
            } catch (Exception e) {
                fx.execute(() -> notice.set("Could not autosave: " + e.getMessage()));
            }
        });
    }

    /**
     * Opens the project in {@code projectFile}: reads it and checks its dataset in the
     * background, asks {@code locator} when the dataset has moved, then restores the screens.
     */
    public void open(Path projectFile, DatasetLocator locator) {
        if (train.stateProperty().get().isActive()) {
            notice.set("Stop training before opening a project.");
            return;
        }
        inBackground(() -> {
            try {
                ProjectFile project = ProjectStore.read(projectFile);
                DatasetCheck check = project.dataset() == null ? null : DatasetCheck.of(project.dataset());
                fx.execute(() -> opened(project, check, projectFile, locator, false, false));
            } catch (Exception e) {
                fx.execute(() -> notice.set("Could not open the project: " + e.getMessage()));
            }
        });
    }

    /**
     * Offers the autosave left by a session that did not end normally: {@code accept} is asked on
     * the FX thread and the autosave is restored when it says yes, deleted otherwise.
     */
    public void offerRecovery(Predicate<Recovery> accept, DatasetLocator locator) {
        inBackground(() -> {
            try {
                Recovery pending = recovery.pending().orElse(null);
                if (pending == null) {
                    return;
                }
                ProjectFile project = pending.project();
                DatasetCheck check = project.dataset() == null ? null : DatasetCheck.of(project.dataset());
                fx.execute(() -> {
                    if (accept.test(pending)) {
                        opened(project, check, pending.origin(), locator, true, false);
                    } else {
                        inBackground(this::discardRecovery);
                    }
                });
            } catch (Exception e) {
                fx.execute(() -> notice.set("Could not read the recovery file: " + e.getMessage()));
            }
        });
    }

    /** Drops the unsaved changes: the user chose not to save them, so no autosave is kept. */
    public void discardChanges() {
        dirty.set(false);
    }

    /**
     * Deletes the autosave: the application is closing normally, after the user saved or chose
     * not to. Only a session that ends without this (a crash) is offered back at the next start.
     */
    public void closing() {
        // decision: done on the calling thread, because the background executor is shut down
        // right after and would drop a queued job; it deletes two small files
        synchronized (fileLock) {
            closed = true;
        }
        discardRecovery();
    }

    // ---------------------------------------------------------------- gathering

    /** What the screens hold, read on the FX thread. */
    private record Snapshot(DatasetOrigin origin, boolean hasDataset, DatasetRoles roles, PreparationSettings preparation,
                            TrainingConfig training, Set<Long> shownRuns, Map<Long, String> names) {
    }

    private Snapshot snapshot() {
        Set<Long> shown = new HashSet<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (RunEntry entry : train.runs()) {
            shown.add(entry.id());
            String name = entry.nameProperty().get();
            if (!name.equals("Run " + entry.id())) {
                names.put(entry.id(), name);
            }
        }
        return new Snapshot(data.originProperty().get(), data.datasetProperty().get() != null,
                workbench.rolesProperty().get(),
                workbench.preparationSettingsProperty().get(), workbench.trainingConfigProperty().get(),
                shown, names);
    }

    /** Turns a snapshot into a project file; reads the dataset to fingerprint it. */
    private ProjectFile build(Snapshot snapshot) throws Exception {
        DatasetReference dataset = snapshot.hasDataset() ? reference(snapshot.origin()) : null;
        List<RunRecord> runs = new ArrayList<>();
        for (RunRecord run : service.history().runs()) {
            if (run.isEnded() && snapshot.shownRuns().contains(run.id())) {
                runs.add(run);
            }
        }
        return ProjectFile.of(Instant.now().toString(), dataset, snapshot.roles(),
                snapshot.preparation(), snapshot.training(), runs, snapshot.names());
    }

    /** A file's path, size and modification time: when all three match, its content is taken as unchanged. */
    private record FileStamp(Path path, long size, FileTime modified) {
        static FileStamp of(Path file) throws IOException {
            return new FileStamp(file, Files.size(file), Files.getLastModifiedTime(file));
        }
    }

    /** The dataset reference computed for a file as it was at {@code stamp}. */
    private record Fingerprinted(FileStamp stamp, DatasetReference reference) {
    }

    /**
     * The project's reference to the open dataset: a file with the dialect it was read in and
     * its fingerprint (computed again only when the file changed), a sample by name, or a
     * generator's settings. Null when the dataset has no origin that can be brought back (a
     * file that has since disappeared).
     */
    private DatasetReference reference(DatasetOrigin origin) throws Exception {
        if (origin == null) {
            return null;
        }
        if (origin.synthetic() != null) {
            return DatasetReference.ofSynthetic(origin.synthetic());
        }
        if (origin.sample() != null) {
            return DatasetReference.ofSample(origin.sample(), origin.dialect());
        }
        if (origin.file() == null || !Files.isRegularFile(origin.file())) {
            return null;
        }
        Path absolute = origin.file().toAbsolutePath().normalize();
        // decision: the dialect saved is the one the file was read in, chosen by hand in the
        // import dialog or sniffed, so that reopening reads the file exactly the same way
        CsvDialect dialect = origin.dialect() != null ? origin.dialect() : CsvSniffer.sniff(absolute);
        FileStamp stamp = FileStamp.of(absolute);
        Fingerprinted cached = fingerprinted;
        if (cached != null && cached.stamp().equals(stamp) && cached.reference().dialect().equals(dialect)) {
            return cached.reference();
        }
        DatasetReference reference = DatasetReference.of(absolute, dialect);
        fingerprinted = new Fingerprinted(stamp, reference);
        return reference;
    }

    // ---------------------------------------------------------------- restoring

    private void opened(ProjectFile project, DatasetCheck check, Path origin, DatasetLocator locator,
                        boolean recovered, boolean relocated) {
        if (check != null && check.status() == DatasetStatus.MOVED && project.dataset().isFile()) {
            Path chosen = locator.locate(project.dataset());
            if (chosen == null) {
                notice.set("Opening cancelled: " + check.describe());
                return;
            }
            inBackground(() -> {
                try {
                    DatasetCheck located = DatasetCheck.of(project.dataset(), chosen);
                    DatasetReference moved = new DatasetReference(
                            chosen.toAbsolutePath().normalize().toString(), project.dataset().sha256(),
                            project.dataset().dialect());
                    fx.execute(() -> opened(project.withDataset(moved), located, origin, locator,
                            recovered, true));
                } catch (Exception e) {
                    fx.execute(() -> notice.set("Could not read " + chosen + ": " + e.getMessage()));
                }
            });
            return;
        }
        boolean changedData = check != null && check.status() == DatasetStatus.CHANGED;
        // decision: a recovered session, or one whose dataset moved or changed, differs from
        // its file and stays marked unsaved once restored
        unsavedWhenRestored = recovered || changedData || relocated;
        restore(project, origin);
        notice.set(changedData ? check.describe()
                : (recovered ? "Recovered the unsaved session." : "Opened " + nameOf(origin) + "."));
    }

    private void restore(ProjectFile project, Path origin) {
        file.set(origin);
        if (project.dataset() != null) {
            loadDataset(project);
        }
        List<RunRecord> runs = project.runs();
        service.restore(runs).whenComplete((state, error) -> fx.execute(() -> {
            if (error != null) {
                notice.set("Could not restore the runs: " + error.getMessage());
                return;
            }
            boolean wasDirty = dirty.get();
            train.showSavedRuns(runs, project.runNames());
            dirty.set(wasDirty);
        }));
        dirty.set(unsavedWhenRestored);
    }

    private void loadDataset(ProjectFile project) {
        DatasetReference reference = project.dataset();
        DatasetRoles roles = project.roles();
        Dataset before = workbench.datasetProperty().get();
        // decision: wait for the workbench's roles, which the Data screen publishes once its
        // column list shows the new dataset; only then can the saved roles be put back
        whenTrue(workbench.rolesProperty(), published -> published != null
                && workbench.datasetProperty().get() != null
                && workbench.datasetProperty().get() != before
                && workbench.datasetProperty().get() == data.datasetProperty().get(),
                published -> applyRoles(project));
        DatasetOrigin origin = reference.synthetic() != null ? DatasetOrigin.synthetic(reference.synthetic())
                : reference.sample() != null ? DatasetOrigin.sample(reference.sample(), reference.dialect())
                : DatasetOrigin.file(reference.file(), reference.dialect());
        data.load("Opening " + reference.describe(), reference::open, origin, roles == null ? null : roles.target());
    }

    private void applyRoles(ProjectFile project) {
        DatasetRoles roles = project.roles();
        if (roles != null) {
            for (ColumnEntry entry : data.columns()) {
                ColumnRole saved = roles.roles().get(entry.name());
                if (saved != null && saved != ColumnRole.TARGET && !entry.name().equals(roles.target())
                        && entry.roleProperty().get() != saved) {
                    entry.roleProperty().set(saved);
                }
            }
            data.taskProperty().set(roles.task());
        }
        data.preparation().reset(project.preparation());
        TrainingConfig training = project.training();
        whenTrue(workbench.preparedProperty(), prepared -> prepared != null
                && Objects.equals(workbench.rolesProperty().get(), roles)
                && project.preparation().equals(workbench.preparationSettingsProperty().get()),
                prepared -> {
                    if (training != null) {
                        workbench.trainingConfigProperty().set(training);
                    }
                    fx.execute(() -> dirty.set(unsavedWhenRestored));
                });
        dirty.set(unsavedWhenRestored);
    }

    /** Runs {@code action} once, the first time {@code value} satisfies {@code condition}. */
    private static <T> void whenTrue(ObservableValue<T> value, Predicate<T> condition,
                                     Consumer<T> action) {
        if (condition.test(value.getValue())) {
            action.accept(value.getValue());
            return;
        }
        ChangeListener<T> listener = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends T> observable, T before, T now) {
                if (condition.test(now)) {
                    value.removeListener(this);
                    action.accept(now);
                }
            }
        };
        value.addListener(listener);
    }

    // ---------------------------------------------------------------- helpers

    private void watchRun(RunEntry entry) {
        entry.stateProperty().addListener((o, before, now) -> {
            if (now != null && now.isTerminal()) {
                changed();
                autosave();
            }
        });
    }

    private void inBackground(Runnable job) {
        try {
            background.execute(job);
        } catch (RejectedExecutionException e) {
            // the application is shutting down; the job would only touch files it keeps anyway
            notice.set("");
        }
    }

    private void changed() {
        changes++;
        dirty.set(true);
    }

    private void discardRecovery() {
        try {
            synchronized (fileLock) {
                recovery.clear();
            }
        } catch (Exception e) {
            fx.execute(() -> notice.set("Could not delete the recovery file: " + e.getMessage()));
        }
    }

    /** The project's name: its file name without the extension, or "Untitled". */
    public String displayName() {
        return file.get() == null ? "Untitled" : nameOf(file.get());
    }

    private void updateTitle() {
        title.set((dirty.get() ? "*" : "") + displayName() + " — " + APP);
    }

    private static String nameOf(Path path) {
        if (path == null) {
            return "the project";
        }
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String suffix = "." + ProjectStore.EXTENSION;
        return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }
}

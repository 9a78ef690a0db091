package deepdesk.ui.dataset;

import deepdesk.core.data.Column;
import deepdesk.core.data.ColumnType;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.Dataset;
import deepdesk.core.prep.ColumnRole;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.TaskKind;
import deepdesk.core.project.SyntheticRecipe;
import deepdesk.ui.common.BackgroundWork;
import deepdesk.ui.common.Debouncer;
import deepdesk.ui.common.LatestResult;
import deepdesk.ui.common.ScatterData;
import deepdesk.ui.common.Workbench;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The state and commands of the Dataset screen: the open dataset, its columns with types and
 * roles, the target and task, the statistics of the selected column, the scatter plot's data and
 * the preparation settings. Holds no {@code Node}.
 *
 * <p>Threading: FX thread only. Reading, converting and summarising run on the background
 * executor; when the user changes the selection quickly only the newest result is shown.
 */
public final class DatasetViewModel {

    private final DataOperations operations;
    private final Workbench workbench;
    private final Debouncer settingsEdits;
    private final Executor background;
    private final Executor fx;
    private final BackgroundWork work;
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ObservableList<ColumnEntry> columns = FXCollections.observableArrayList();
    private final ObjectProperty<ColumnEntry> selectedColumn = new SimpleObjectProperty<>(this, "selectedColumn");
    private final ReadOnlyObjectWrapper<ColumnSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyStringWrapper target = new ReadOnlyStringWrapper(this, "target");
    private final ObjectProperty<TaskKind> task = new SimpleObjectProperty<>(this, "task");
    private final ObjectProperty<String> scatterX = new SimpleObjectProperty<>(this, "scatterX");
    private final ObjectProperty<String> scatterY = new SimpleObjectProperty<>(this, "scatterY");
    private final ReadOnlyObjectWrapper<ScatterData> scatter = new ReadOnlyObjectWrapper<>(this, "scatter");
    private final ReadOnlyStringWrapper targetNote = new ReadOnlyStringWrapper(this, "targetNote", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyObjectWrapper<DatasetOrigin> origin = new ReadOnlyObjectWrapper<>(this, "origin");
    private final LatestResult<ColumnSummary> summaries;
    private final LatestResult<ScatterData> scatters;
    private final LatestResult<Dataset> conversions;
    private final LatestResult<TaskKind> tasks;
    private final PreparationForm preparation = new PreparationForm();
    private Consumer<Path> onFileOpened = file -> { };
    private boolean updatingRoles;

    /**
     * Creates the view model.
     *
     * @param operations the core operations
     * @param workbench  the state shared with the other screens, which this screen fills
     * @param settingsEdits delays passing edited preparation settings on until typing pauses
     * @param work       the status bar's background work, for long jobs the user waits for
     * @param background where summaries and plot data are computed
     * @param fx         where their results are delivered ({@code Platform::runLater} in the app)
     */
    public DatasetViewModel(DataOperations operations, Workbench workbench, Debouncer settingsEdits,
                            BackgroundWork work, Executor background, Executor fx) {
        this.operations = operations;
        this.workbench = workbench;
        this.settingsEdits = settingsEdits;
        this.work = work;
        this.background = background;
        this.fx = fx;
        this.summaries = new LatestResult<>(background, fx);
        this.scatters = new LatestResult<>(background, fx);
        this.conversions = new LatestResult<>(background, fx);
        this.tasks = new LatestResult<>(background, fx);
        selectedColumn.addListener((obs, old, now) -> refreshSummary());
        scatterX.addListener((obs, old, now) -> refreshScatter());
        scatterY.addListener((obs, old, now) -> refreshScatter());
        task.addListener((obs, old, now) -> publishRoles());
        preparation.settingsProperty().addListener((obs, old, now) -> {
            if (now != null) {
                settingsEdits.submit(() -> workbench.preparationSettingsProperty().set(now));
            }
        });
        workbench.preparationSettingsProperty().set(preparation.settingsProperty().get());
    }

    /** Calls {@code listener} with each file that was opened successfully (for recent files). */
    public void setOnFileOpened(Consumer<Path> listener) {
        this.onFileOpened = listener;
    }

    /** Reads {@code file} in the background, with progress in the status bar, and shows it. */
    public void open(Path file) {
        start("Reading " + fileName(file), listener -> {
            CsvDialect dialect = operations.sniff(file);
            return new Opened(operations.read(file, dialect, listener), DatasetOrigin.file(file, dialect));
        }, file, null);
    }

    /** Reads {@code file} with a chosen dialect in the background and shows it. */
    public void open(Path file, CsvDialect dialect) {
        load("Reading " + fileName(file), listener -> operations.read(file, dialect, listener),
                DatasetOrigin.file(file, dialect), null);
    }

    /** The state of an import dialog for {@code file}; it starts by sniffing the file. */
    public ImportDialogModel importDialog(Path file) {
        return new ImportDialogModel(file, operations, background, fx);
    }

    /** Opens a sample with its known target. */
    public void openSample(SampleChoice sample) {
        start("Opening " + sample.title(), listener -> {
            Path file = operations.extractSample(sample);
            CsvDialect dialect = operations.sniff(file);
            return new Opened(operations.read(file, dialect, listener), DatasetOrigin.sample(sample.key(), dialect));
        }, null, sample.target());
    }

    /** Generates synthetic data in the background and shows it. */
    public void generate(SyntheticChoice generator, int points, double noise, long seed) {
        SyntheticRecipe recipe = new SyntheticRecipe(generator.key(), points, noise, seed);
        load("Generating " + generator.title().toLowerCase(Locale.ROOT),
                listener -> operations.generate(generator, points, noise, seed), DatasetOrigin.synthetic(recipe), null);
    }

    /**
     * Makes a dataset in the background, with progress in the status bar, and shows it.
     *
     * @param origin          where it comes from, kept for the project; a file in it is
     *                        remembered as a recent file
     * @param preferredTarget the known target, or {@code null} to suggest one
     */
    public void load(String title, BackgroundWork.Job<Dataset> job, DatasetOrigin origin, String preferredTarget) {
        start(title, listener -> new Opened(job.run(listener), origin), origin.file(), preferredTarget);
    }

    /** A dataset made in the background with where it came from. */
    private record Opened(Dataset dataset, DatasetOrigin origin) {
    }

    private void start(String title, BackgroundWork.Job<Opened> job, Path file, String preferredTarget) {
        work.start(title, listener -> {
            Opened opened = job.run(listener);
            return new Loaded(opened, operations.suggestRoles(opened.dataset(), preferredTarget));
        }, loaded -> {
            Dataset made = loaded.opened().dataset();
            show(made, loaded.roles(), file == null ? made.name() : file.toString());
            origin.set(loaded.opened().origin());
            if (file != null) {
                onFileOpened.accept(file);
            }
        }, failure -> error.set(messageOf(failure)));
    }

    /** The sample datasets. */
    public List<SampleChoice> samples() {
        return operations.samples();
    }

    /** The synthetic data generators. */
    public List<SyntheticChoice> generators() {
        return operations.generators();
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** A dataset read or generated in the background, with the roles suggested for it. */
    private record Loaded(Opened opened, RoleChoice roles) {
    }

    /**
     * Shows {@code loaded} with suggested roles, resetting selection and plots.
     *
     * @param roles  the suggested roles
     * @param origin where it came from, shown to the user
     */
    void show(Dataset loaded, RoleChoice roles, String origin) {
        summaries.cancel();
        scatters.cancel();
        conversions.cancel();
        tasks.cancel();
        updatingRoles = true;
        try {
            List<ColumnEntry> entries = new ArrayList<>();
            for (int i = 0; i < loaded.columnCount(); i++) {
                Column column = loaded.column(i);
                ColumnRole role = roles.roles().getOrDefault(column.name(), ColumnRole.INPUT);
                ColumnEntry entry = new ColumnEntry(column.name(), i, column.type(), role, column.missingCount());
                entry.roleProperty().addListener((obs, old, now) -> roleChanged(entry, old, now));
                entry.typeProperty().addListener((obs, old, now) -> typeChanged(entry, old, now));
                entries.add(entry);
            }
            dataset.set(loaded);
            source.set(origin);
            target.set(roles.target());
            task.set(roles.task());
            columns.setAll(entries);
        } finally {
            updatingRoles = false;
        }
        updateTargetNote();
        workbench.open(loaded, datasetRoles());
        List<String> axes = defaultAxes(loaded, roles.target());
        scatterX.set(axes.get(0));
        scatterY.set(axes.get(1));
        refreshScatter();
        ColumnEntry first = columns.stream().filter(e -> e.name().equals(roles.target())).findFirst()
                .orElse(columns.get(0));
        if (selectedColumn.get() == first) {
            refreshSummary();
        } else {
            selectedColumn.set(first);
        }
    }

    /** Closes the dataset and returns to the start screen. */
    public void close() {
        tasks.cancel();
        summaries.cancel();
        scatters.cancel();
        conversions.cancel();
        columns.clear();
        selectedColumn.set(null);
        dataset.set(null);
        summary.set(null);
        scatter.set(null);
        target.set(null);
        task.set(null);
        source.set("");
        origin.set(null);
        targetNote.set("");
        workbench.open(null, null);
    }

    /** The roles chosen now: the target, a role per column and the task. */
    public RoleChoice roles() {
        Map<String, ColumnRole> map = new LinkedHashMap<>();
        for (ColumnEntry entry : columns) {
            map.put(entry.name(), entry.roleProperty().get());
        }
        return new RoleChoice(target.get(), map, task.get());
    }

    private void roleChanged(ColumnEntry entry, ColumnRole old, ColumnRole now) {
        if (updatingRoles) {
            return;
        }
        updatingRoles = true;
        try {
            if (now == ColumnRole.TARGET) {
                for (ColumnEntry other : columns) {
                    if (other != entry && other.roleProperty().get() == ColumnRole.TARGET) {
                        other.roleProperty().set(ColumnRole.INPUT);
                    }
                }
                target.set(entry.name());
                suggestTask(dataset.get(), entry.name());
            } else if (old == ColumnRole.TARGET) {
                tasks.cancel();
                target.set(null);
                task.set(null);
            }
        } finally {
            updatingRoles = false;
        }
        updateTargetNote();
        refreshScatter();
        publishRoles();
    }

    private void typeChanged(ColumnEntry entry, ColumnType old, ColumnType now) {
        if (updatingRoles || now == null || dataset.get() == null
                || dataset.get().column(entry.index()).type() == now) {
            return;
        }
        Dataset before = dataset.get();
        conversions.submit(listener -> operations.convert(before, entry.index(), now), converted -> {
            dataset.set(converted);
            workbench.datasetProperty().set(converted);
            entry.setMissing(converted.column(entry.index()).missingCount());
            ColumnRole role = entry.roleProperty().get();
            // decision: text, identifier and constant columns are ignored by default, so choosing
            // such a type ignores an input, and choosing a usable type again brings it back.
            if (role == ColumnRole.INPUT && !isUsable(now)) {
                entry.roleProperty().set(ColumnRole.IGNORE);
            } else if (role == ColumnRole.IGNORE && isUsable(now) && !isUsable(old)) {
                entry.roleProperty().set(ColumnRole.INPUT);
            }
            if (entry.name().equals(target.get())) {
                suggestTask(converted, entry.name());
            }
            updateTargetNote();
            refreshSummary();
            refreshScatter();
        }, failure -> {
            updatingRoles = true;
            entry.typeProperty().set(old);
            updatingRoles = false;
            error.set("Column " + entry.name() + " cannot be " + now.name().toLowerCase()
                    + ": " + messageOf(failure));
        });
    }

    /** The roles as the core takes them, or {@code null} while there is no target. */
    private DatasetRoles datasetRoles() {
        RoleChoice choice = roles();
        if (choice.target() == null || choice.task() == null) {
            return null;
        }
        return new DatasetRoles(choice.target(), choice.roles(), choice.task());
    }

    private void publishRoles() {
        if (!updatingRoles && dataset.get() != null) {
            workbench.rolesProperty().set(datasetRoles());
        }
    }

    private static boolean isUsable(ColumnType type) {
        return type == ColumnType.NUMERIC || type == ColumnType.CATEGORICAL;
    }

    private void suggestTask(Dataset data, String targetName) {
        tasks.submit(listener -> operations.taskFor(data, targetName), task::set,
                failure -> error.set(messageOf(failure)));
    }

    private void updateTargetNote() {
        Dataset data = dataset.get();
        String name = target.get();
        if (data == null || name == null) {
            targetNote.set(data == null ? "" : "Choose a target column: the one the model will predict.");
            return;
        }
        int missing = data.column(name).map(Column::missingCount).orElse(0);
        targetNote.set(missing == 0 ? "Every row has a target value."
                : missing + (missing == 1 ? " row" : " rows") + " with a missing target will be dropped.");
    }

    private void refreshSummary() {
        Dataset data = dataset.get();
        ColumnEntry entry = selectedColumn.get();
        if (data == null || entry == null) {
            summaries.cancel();
            summary.set(null);
            return;
        }
        int index = entry.index();
        summaries.submit(listener -> operations.summarize(data, index), summary::set,
                failure -> error.set(messageOf(failure)));
    }

    private void refreshScatter() {
        Dataset data = dataset.get();
        if (updatingRoles || data == null || scatterX.get() == null || scatterY.get() == null) {
            return;
        }
        Column x = data.column(scatterX.get()).orElse(null);
        Column y = data.column(scatterY.get()).orElse(null);
        if (x == null || y == null) {
            return;
        }
        Column colour = target.get() == null ? null : data.column(target.get()).orElse(null);
        scatters.submit(listener -> ScatterSampler.sample(data, x, y, colour, listener), scatter::set,
                failure -> error.set(messageOf(failure)));
    }

    private static List<String> defaultAxes(Dataset data, String targetName) {
        List<String> numeric = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Column c : data.columns()) {
            if (!c.name().equals(targetName)) {
                (c.type() == ColumnType.NUMERIC ? numeric : others).add(c.name());
            }
        }
        numeric.addAll(others);
        if (numeric.isEmpty()) {
            numeric.add(data.column(0).name());
        }
        return List.of(numeric.get(0), numeric.get(numeric.size() > 1 ? 1 : 0));
    }

    /** A message for a person: the exception's own message, without class names or traces. */
    static String messageOf(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return "Something went wrong (" + failure.getClass().getSimpleName() + ").";
        }
        return message;
    }

    /** The open dataset, or {@code null} on the start screen. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** The columns as the column list shows them. */
    public ObservableList<ColumnEntry> columns() {
        return columns;
    }

    /** The column whose statistics are shown; set by the view when the user selects one. */
    public ObjectProperty<ColumnEntry> selectedColumnProperty() {
        return selectedColumn;
    }

    /** Statistics and distribution of the selected column, or {@code null} while none is known. */
    public ReadOnlyObjectProperty<ColumnSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The target column's name, or {@code null}. */
    public ReadOnlyStringProperty targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** The task the target sets; the user may override it. */
    public ObjectProperty<TaskKind> taskProperty() {
        return task;
    }

    /** The scatter plot's horizontal column. */
    public ObjectProperty<String> scatterXProperty() {
        return scatterX;
    }

    /** The scatter plot's vertical column. */
    public ObjectProperty<String> scatterYProperty() {
        return scatterY;
    }

    /** The scatter plot's points, or {@code null} while none are known. */
    public ReadOnlyObjectProperty<ScatterData> scatterProperty() {
        return scatter.getReadOnlyProperty();
    }

    /** How many rows will be dropped because their target is missing, as a sentence. */
    public ReadOnlyStringProperty targetNoteProperty() {
        return targetNote.getReadOnlyProperty();
    }

    /** The last error to show the user; the view clears it once shown. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Marks the last error as shown. */
    public void clearError() {
        error.set(null);
    }

    /** Where the open dataset came from (a file path or a generator), for display. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /**
     * Where the open dataset came from (a file with its dialect, a sample or a generator), or
     * {@code null} while none is open or it was shown without one.
     */
    public ReadOnlyObjectProperty<DatasetOrigin> originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** The shared state: the prepared splits and why preparation fails, if it does. */
    public Workbench workbench() {
        return workbench;
    }

    /** The preparation settings being edited. */
    public PreparationForm preparation() {
        return preparation;
    }
}

package deepdesk.ui.dataset;

import deepdesk.core.prep.ColumnRole;
import deepdesk.core.prep.TaskKind;
import deepdesk.ui.common.BackgroundWork;
import deepdesk.ui.common.Workbench;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Dataset screen's view model, run on the calling thread without a display. */
class DatasetViewModelTest {

    private final Executor direct = Runnable::run;
    private final Workbench workbench = new Workbench(direct, direct);
    private FakeDataOperations operations;
    private DatasetViewModel model;
    private final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        operations = new FakeDataOperations();
        model = new DatasetViewModel(operations, workbench, new BackgroundWork(direct, direct), direct, direct);
        model.setOnFileOpened(opened::add);
    }

    private ColumnEntry entry(String name) {
        return model.columns().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void openingAFileShowsItsColumnsRolesAndTarget() {
        model.open(Path.of("flowers.csv"));

        assertEquals("flowers", model.datasetProperty().get().name());
        assertEquals(List.of("length", "width", "species"), model.columns().stream().map(ColumnEntry::name).toList());
        assertEquals("species", model.targetProperty().get());
        assertEquals(TaskKind.CLASSIFICATION, model.taskProperty().get());
        assertEquals(ColumnRole.TARGET, entry("species").roleProperty().get());
        assertEquals(1, entry("width").missingProperty().get());
        assertEquals("1 row with a missing target will be dropped.", model.targetNoteProperty().get());
        assertEquals(List.of(Path.of("flowers.csv")), opened);
    }

    @Test
    void theTargetIsSummarisedAndTheScatterIsColouredByIt() {
        model.open(Path.of("flowers.csv"));

        assertEquals("species", model.summaryProperty().get().column());
        var scatter = model.scatterProperty().get();
        assertEquals("length", scatter.xLabel());
        assertEquals("width", scatter.yLabel());
        // row 3 has no width, so five of six rows are plotted
        assertEquals(5, scatter.size());
        assertArrayEquals(new int[] {0, 0, 1, 2, 1}, scatter.groups());
        assertEquals(List.of("setosa", "versicolor", "virginica"), scatter.groupNames());
    }

    @Test
    void choosingAnotherTargetDemotesTheOldOneAndSetsTheTask() {
        model.open(Path.of("flowers.csv"));

        entry("length").roleProperty().set(ColumnRole.TARGET);

        assertEquals("length", model.targetProperty().get());
        assertEquals(ColumnRole.INPUT, entry("species").roleProperty().get());
        assertEquals(TaskKind.REGRESSION, model.taskProperty().get());
        assertEquals("Every row has a target value.", model.targetNoteProperty().get());
        assertNotNull(model.scatterProperty().get().shades(), "a numeric target colours along a ramp");
    }

    @Test
    void ignoringTheTargetLeavesNoTarget() {
        model.open(Path.of("flowers.csv"));

        entry("species").roleProperty().set(ColumnRole.IGNORE);

        assertNull(model.targetProperty().get());
        assertNull(model.taskProperty().get());
        assertTrue(model.targetNoteProperty().get().startsWith("Choose a target"));
    }

    @Test
    void selectingAColumnShowsItsStatistics() {
        model.open(Path.of("flowers.csv"));

        model.selectedColumnProperty().set(entry("width"));

        ColumnSummary summary = model.summaryProperty().get();
        assertEquals("width", summary.column());
        assertEquals(new Statistic("missing", "1"), summary.statistics().get(1));
    }

    @Test
    void onlyTheNewestSummaryIsShownWhenTheSelectionChangesQuickly() {
        Queue<Runnable> pending = new ArrayDeque<>();
        model = new DatasetViewModel(operations, new Workbench(direct, direct), new BackgroundWork(direct, direct), pending::add, direct);
        model.open(Path.of("flowers.csv"));
        runAll(pending);

        model.selectedColumnProperty().set(entry("length"));
        model.selectedColumnProperty().set(entry("width"));
        int before = operations.summaries;
        runAll(pending);

        assertEquals("width", model.summaryProperty().get().column());
        assertEquals(before + 1, operations.summaries, "the stale request is dropped before it computes");
    }

    @Test
    void changingATypeConvertsTheColumnAndARefusedChangeIsUndone() {
        model.open(Path.of("flowers.csv"));

        entry("length").typeProperty().set(deepdesk.core.data.ColumnType.CATEGORICAL);
        assertTrue(model.datasetProperty().get().column(0) instanceof deepdesk.core.data.CategoricalColumn);

        entry("species").typeProperty().set(deepdesk.core.data.ColumnType.NUMERIC);
        assertEquals(deepdesk.core.data.ColumnType.CATEGORICAL, entry("species").typeProperty().get());
        assertTrue(model.errorProperty().get().contains("species"));
    }

    @Test
    void aColumnMadeTextIsIgnoredAndComesBackWhenMadeCategoricalAgain() {
        model.open(Path.of("flowers.csv"));

        entry("width").typeProperty().set(deepdesk.core.data.ColumnType.TEXT);
        assertEquals(ColumnRole.IGNORE, entry("width").roleProperty().get());

        entry("width").typeProperty().set(deepdesk.core.data.ColumnType.CATEGORICAL);
        assertEquals(ColumnRole.INPUT, entry("width").roleProperty().get());
    }

    @Test
    void aFileThatCannotBeReadGivesItsMessageAndKeepsTheScreenEmpty() {
        model.open(Path.of("broken.csv"));

        assertNull(model.datasetProperty().get());
        assertEquals("line 3: expected 3 fields but found 2", model.errorProperty().get());
        assertTrue(opened.isEmpty());
    }

    @Test
    void samplesOpenWithTheirKnownTargetAndSyntheticDataGenerates() {
        model.openSample(model.samples().get(0));
        assertEquals("species", model.targetProperty().get());
        assertTrue(opened.isEmpty(), "a sample is not a recent file");

        model.generate(model.generators().get(0), 25, 0.1, 7);
        assertEquals(25, model.datasetProperty().get().rowCount());
        assertEquals("y", model.targetProperty().get());
    }

    @Test
    void theOtherScreensSeeTheDatasetRolesAndValidSettings() {
        model.open(Path.of("flowers.csv"));
        assertEquals("flowers", workbench.datasetProperty().get().name());
        assertEquals("species", workbench.rolesProperty().get().target());

        entry("length").roleProperty().set(ColumnRole.TARGET);
        assertEquals("length", workbench.rolesProperty().get().target());
        assertEquals(TaskKind.REGRESSION, workbench.rolesProperty().get().task());

        entry("species").roleProperty().set(ColumnRole.IGNORE);
        assertEquals(ColumnRole.IGNORE, workbench.rolesProperty().get().role("species"));

        model.preparation().seedProperty().set("7");
        assertEquals(7, workbench.preparationSettingsProperty().get().seed());
        model.preparation().seedProperty().set("seven");
        assertEquals(7, workbench.preparationSettingsProperty().get().seed(), "a refused value is not passed on");

        model.close();
        assertNull(workbench.datasetProperty().get());
    }

    @Test
    void closingReturnsToTheStartScreen() {
        model.open(Path.of("flowers.csv"));
        model.close();

        assertNull(model.datasetProperty().get());
        assertTrue(model.columns().isEmpty());
        assertNull(model.summaryProperty().get());
    }

    private static void runAll(Queue<Runnable> pending) {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }
}

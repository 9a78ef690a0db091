package deepdesk.ui.common;

import deepdesk.core.data.CategoricalColumn;
import deepdesk.core.data.ColumnType;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.TaskKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbenchTest {

    private static Dataset twoClasses(int rows) {
        double[] x = new double[rows];
        int[] label = new int[rows];
        for (int i = 0; i < rows; i++) {
            x[i] = i;
            label[i] = i % 2;
        }
        return new Dataset("toy", List.of(new NumericColumn("x", ColumnType.NUMERIC, x),
                new CategoricalColumn("label", ColumnType.CATEGORICAL, label, List.of("a", "b"))));
    }

    @Test
    void openingADatasetPreparesItsSplitsOnce() {
        List<Runnable> background = new ArrayList<>();
        Workbench workbench = new Workbench(background::add, Runnable::run);
        Dataset data = twoClasses(100);
        workbench.open(data, DatasetRoles.suggest(data, "label"));
        assertEquals(1, background.size());
        background.get(0).run();
        assertNotNull(workbench.preparedProperty().get());
        assertEquals(TaskKind.CLASSIFICATION, workbench.preparedProperty().get().task());
        assertEquals("", workbench.preparationProblemProperty().get());
    }

    @Test
    void aStaleResultIsDropped() {
        List<Runnable> background = new ArrayList<>();
        Workbench workbench = new Workbench(background::add, Runnable::run);
        Dataset first = twoClasses(100);
        workbench.open(first, DatasetRoles.suggest(first, "label"));
        Dataset second = twoClasses(60);
        workbench.open(second, DatasetRoles.suggest(second, "label"));
        background.get(1).run();
        background.get(0).run();
        int rows = workbench.preparedProperty().get().rows().train().length
                + workbench.preparedProperty().get().rows().validation().length
                + workbench.preparedProperty().get().rows().test().length;
        assertEquals(60, rows);
    }

    @Test
    void aDatasetWithoutInputsExplainsWhy() {
        Workbench workbench = new Workbench(Runnable::run, Runnable::run);
        Dataset data = twoClasses(20);
        DatasetRoles roles = DatasetRoles.suggest(data, "label")
                .withRole("x", deepdesk.core.prep.ColumnRole.IGNORE);
        workbench.open(data, roles);
        assertNull(workbench.preparedProperty().get());
        assertTrue(workbench.preparationProblemProperty().get().contains("input"),
                workbench.preparationProblemProperty().get());
    }
}

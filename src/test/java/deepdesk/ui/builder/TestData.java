package deepdesk.ui.builder;

import deepdesk.core.data.CategoricalColumn;
import deepdesk.core.data.Column;
import deepdesk.core.data.ColumnType;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.prep.Scaling;
import deepdesk.core.prep.TaskKind;
import deepdesk.ui.common.Workbench;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small synthetic datasets and a workbench that prepares them on the calling thread. */
final class TestData {

    private TestData() {
    }

    /** A workbench whose preparation runs at once on the calling thread. */
    static Workbench workbench() {
        return new Workbench(Runnable::run, Runnable::run);
    }

    /** Opens {@code data} with {@code target} as the target and the given task. */
    static void open(Workbench workbench, Dataset data, String target, TaskKind task) {
        workbench.open(data, DatasetRoles.suggest(data, target).withTask(task));
    }

    /** Two numeric inputs x1, x2 in [-1, 1] and a label with {@code classes} classes. */
    static Dataset classes(int rows, int classes) {
        Random random = new Random(7);
        double[] x1 = new double[rows];
        double[] x2 = new double[rows];
        int[] label = new int[rows];
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add("c" + c);
        }
        for (int i = 0; i < rows; i++) {
            x1[i] = random.nextDouble() * 2 - 1;
            x2[i] = random.nextDouble() * 2 - 1;
            label[i] = i % classes;
        }
        return new Dataset("classes", List.of(new NumericColumn("x1", ColumnType.NUMERIC, x1),
                new NumericColumn("x2", ColumnType.NUMERIC, x2),
                new CategoricalColumn("label", ColumnType.CATEGORICAL, label, names)));
    }

    /**
     * A regression set: "weight" from 1,500 to 5,000, "small" in [0, 1], a categorical "origin"
     * with {@code categories} levels, and a target "y"; with {@code wholeTarget} the target
     * takes only the values 0, 1 and 2.
     */
    static Dataset regression(int rows, int categories, boolean wholeTarget) {
        Random random = new Random(11);
        double[] weight = new double[rows];
        double[] small = new double[rows];
        int[] origin = new int[rows];
        double[] y = new double[rows];
        List<String> levels = new ArrayList<>();
        for (int c = 0; c < categories; c++) {
            levels.add("o" + c);
        }
        for (int i = 0; i < rows; i++) {
            weight[i] = 1500 + 3500 * random.nextDouble();
            small[i] = random.nextDouble();
            origin[i] = categories > 0 ? i % categories : 0;
            y[i] = wholeTarget ? i % 3 : weight[i] / 1000 + small[i] + random.nextGaussian() * 0.1;
        }
        List<Column> columns = new ArrayList<>();
        columns.add(new NumericColumn("weight", ColumnType.NUMERIC, weight));
        columns.add(new NumericColumn("small", ColumnType.NUMERIC, small));
        if (categories > 0) {
            columns.add(new CategoricalColumn("origin", ColumnType.CATEGORICAL, origin, levels));
        }
        columns.add(new NumericColumn("y", ColumnType.NUMERIC, y));
        return new Dataset("regression", columns);
    }

    /** Default preparation without scaling. */
    static PreparationSettings unscaled() {
        return PreparationSettings.defaults().withScaling(Scaling.NONE);
    }
}

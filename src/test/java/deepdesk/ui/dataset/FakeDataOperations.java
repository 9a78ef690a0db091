package deepdesk.ui.dataset;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CategoricalColumn;
import deepdesk.core.data.Column;
import deepdesk.core.data.ColumnType;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.CsvFormatException;
import deepdesk.core.data.CsvPreview;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import deepdesk.core.prep.ColumnRole;
import deepdesk.core.prep.TaskKind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Data operations on a tiny dataset built in code, for view-model tests. */
final class FakeDataOperations implements DataOperations {

    /** Three columns: two numbers and a species with one missing value in row 3. */
    static Dataset flowers() {
        double[] length = {5.1, 4.9, 6.3, 5.8, 7.1, 6.5};
        double[] width = {3.5, 3.0, 3.3, Double.NaN, 3.0, 2.8};
        int[] species = {0, 0, 1, CategoricalColumn.MISSING, 2, 1};
        return new Dataset("flowers", List.of(
                new NumericColumn("length", ColumnType.NUMERIC, length),
                new NumericColumn("width", ColumnType.NUMERIC, width),
                new CategoricalColumn("species", ColumnType.CATEGORICAL, species,
                        List.of("setosa", "versicolor", "virginica"))));
    }

    int summaries;

    @Override
    public Dataset read(Path file, ProgressListener listener) throws Exception {
        if (file.toString().endsWith("broken.csv")) {
            throw new IOException("line 3: expected 3 fields but found 2");
        }
        listener.progress(0.5, "half way");
        return flowers();
    }

    @Override
    public CsvDialect sniff(Path file) throws Exception {
        if (file.toString().endsWith("binary.csv")) {
            throw new CsvFormatException(1, null, "this looks like a binary file, not text");
        }
        return CsvDialect.DEFAULT.withDelimiter(';');
    }

    @Override
    public CsvPreview preview(Path file, CsvDialect dialect, int maxRows) throws Exception {
        if (dialect.delimiter() == '|') {
            throw new CsvFormatException(2, "width", "expected a number");
        }
        return new CsvPreview(List.of("length", "width"), List.of(List.of("5.1", "3.5")));
    }

    @Override
    public Dataset read(Path file, CsvDialect dialect, ProgressListener listener) throws Exception {
        return read(file, listener);
    }

    @Override
    public ColumnSummary summarize(Dataset dataset, int column) {
        summaries++;
        Column c = dataset.column(column);
        return new ColumnSummary(c.name(), List.of(new Statistic("count", Integer.toString(c.size() - c.missingCount())),
                new Statistic("missing", Integer.toString(c.missingCount()))), List.of(new Bar("a", 1)), true);
    }

    @Override
    public Dataset convert(Dataset dataset, int column, ColumnType type) {
        Column c = dataset.column(column);
        if (c instanceof CategoricalColumn categories && type != ColumnType.NUMERIC) {
            int[] codes = new int[c.size()];
            for (int r = 0; r < codes.length; r++) {
                codes[r] = categories.code(r);
            }
            return dataset.withColumn(column, new CategoricalColumn(c.name(), type, codes, categories.levels()));
        }
        if (!(c instanceof NumericColumn numeric) || type != ColumnType.CATEGORICAL && type != ColumnType.TEXT) {
            throw new IllegalArgumentException("only numbers can become categories here");
        }
        int[] codes = new int[c.size()];
        for (int r = 0; r < codes.length; r++) {
            codes[r] = numeric.isMissing(r) ? CategoricalColumn.MISSING : (int) numeric.value(r);
        }
        return dataset.withColumn(column, new CategoricalColumn(c.name(), type, codes,
                List.of("0", "1", "2", "3", "4", "5", "6", "7")));
    }

    @Override
    public RoleChoice suggestRoles(Dataset dataset, String preferredTarget) {
        String target = preferredTarget != null ? preferredTarget : dataset.column(dataset.columnCount() - 1).name();
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        for (Column c : dataset.columns()) {
            roles.put(c.name(), c.name().equals(target) ? ColumnRole.TARGET : ColumnRole.INPUT);
        }
        return new RoleChoice(target, roles, taskFor(dataset, target));
    }

    @Override
    public TaskKind taskFor(Dataset dataset, String target) {
        return dataset.column(target).orElseThrow() instanceof NumericColumn ? TaskKind.REGRESSION
                : TaskKind.CLASSIFICATION;
    }

    @Override
    public List<SampleChoice> samples() {
        return List.of(new SampleChoice("flowers.csv", "flowers", "a few flowers", "species"));
    }

    @Override
    public Path extractSample(SampleChoice sample) {
        return Path.of("target", sample.key());
    }

    @Override
    public List<SyntheticChoice> generators() {
        return List.of(new SyntheticChoice("linear", "Line", "regression", 0.1, 1, "noise"));
    }

    @Override
    public Dataset generate(SyntheticChoice generator, int points, double noise, long seed) {
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = i;
            y[i] = 2 * i + 1;
        }
        return new Dataset("line", List.of(new NumericColumn("x", ColumnType.NUMERIC, x),
                new NumericColumn("y", ColumnType.NUMERIC, y)));
    }
}

package deepdesk.ui.dataset;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.ColumnConversion;
import deepdesk.core.data.ColumnStats;
import deepdesk.core.data.ColumnType;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvPreview;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.Histogram;
import deepdesk.core.data.Samples;
import deepdesk.core.data.synthetic.LinearDataSettings;
import deepdesk.core.data.synthetic.SyntheticShape;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.TaskKind;
import deepdesk.core.project.SyntheticRecipe;
import deepdesk.ui.common.NumberLabels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Dataset screen's operations, carried out by the core: the CSV sniffer and importer, column
 * statistics and histograms, type conversion, role suggestion, the sample catalogue and the
 * synthetic generators.
 *
 * <p>Threading: every method runs on the calling (background) thread; the importer is safe to
 * share.
 */
public final class CoreDataOperations implements DataOperations {

    private final CsvImporter importer = new CsvImporter();

    @Override
    public Dataset read(Path file, ProgressListener listener) throws Exception {
        return importer.read(file, CsvSniffer.sniff(file), listener);
    }

    @Override
    public CsvDialect sniff(Path file) throws Exception {
        return CsvSniffer.sniff(file);
    }

    @Override
    public CsvPreview preview(Path file, CsvDialect dialect, int maxRows) throws Exception {
        return importer.preview(file, dialect, maxRows);
    }

    @Override
    public Dataset read(Path file, CsvDialect dialect, ProgressListener listener) throws Exception {
        return importer.read(file, dialect, listener);
    }

    @Override
    public ColumnSummary summarize(Dataset dataset, int column) {
        var values = dataset.column(column);
        ColumnStats stats = ColumnStats.of(values);
        List<Statistic> lines = new ArrayList<>();
        lines.add(new Statistic("count", String.format(Locale.ROOT, "%,d", stats.count())));
        lines.add(new Statistic("missing", String.format(Locale.ROOT, "%,d", stats.missing())));
        if (!Double.isNaN(stats.mean())) {
            lines.add(new Statistic("mean", NumberLabels.format(stats.mean())));
            lines.add(new Statistic("std", NumberLabels.format(stats.std())));
            lines.add(new Statistic("min", NumberLabels.format(stats.min())));
            lines.add(new Statistic("25%", NumberLabels.format(stats.q1())));
            lines.add(new Statistic("median", NumberLabels.format(stats.median())));
            lines.add(new Statistic("75%", NumberLabels.format(stats.q3())));
            lines.add(new Statistic("max", NumberLabels.format(stats.max())));
        }
        lines.add(new Statistic("distinct", String.format(Locale.ROOT, "%,d", stats.distinct())));
        int rank = 1;
        for (ColumnStats.ValueCount top : stats.topValues()) {
            lines.add(new Statistic("top " + rank++, shorten(top.value()) + " (" + String.format(Locale.ROOT, "%,d", top.count()) + ")"));
        }
        Histogram histogram = Histogram.of(values);
        List<Bar> bars = new ArrayList<>();
        for (Histogram.Bar bar : histogram.bars()) {
            String label = histogram.numeric() ? NumberLabels.format(bar.lower()) : shorten(bar.label());
            bars.add(new Bar(label, bar.count()));
        }
        return new ColumnSummary(values.name(), lines, bars, histogram.numeric());
    }

    private static String shorten(String text) {
        return text.length() > 18 ? text.substring(0, 17) + "…" : text;
    }

    @Override
    public Dataset convert(Dataset dataset, int column, ColumnType type) {
        return dataset.withColumn(column, ColumnConversion.convert(dataset.column(column), type));
    }

    @Override
    public RoleChoice suggestRoles(Dataset dataset, String preferredTarget) {
        DatasetRoles roles = DatasetRoles.suggest(dataset, preferredTarget);
        return new RoleChoice(roles.target(), roles.roles(), roles.task());
    }

    @Override
    public TaskKind taskFor(Dataset dataset, String target) {
        return DatasetRoles.suggest(dataset, target).task();
    }

    @Override
    public List<SampleChoice> samples() {
        return Samples.all().stream()
                .map(s -> new SampleChoice(s.fileName(), s.title(), s.description(), s.target()))
                .toList();
    }

    @Override
    public Path extractSample(SampleChoice sample) {
        return Samples.extract(Samples.byFileName(sample.key()).orElseThrow(
                () -> new IllegalArgumentException("no sample called " + sample.key())));
    }

    @Override
    public List<SyntheticChoice> generators() {
        List<SyntheticChoice> choices = new ArrayList<>();
        for (SyntheticShape shape : SyntheticShape.values()) {
            choices.add(new SyntheticChoice(shape.name(), shape.title(),
                    shape.isClassification() ? "classification" : "regression",
                    0.1, 0.5, "0 is clean, 0.5 very noisy."));
        }
        choices.add(new SyntheticChoice(SyntheticRecipe.LINEAR, "Linear 1-D (y = w·x + b)", "regression",
                LinearDataSettings.defaults().noise(), 5,
                "Standard deviation of the noise added to y, in the units of y."));
        return choices;
    }

    @Override
    public Dataset generate(SyntheticChoice generator, int points, double noise, long seed) {
        return new SyntheticRecipe(generator.key(), points, noise, seed).generate();
    }
}

package deepdesk.ui.dataset;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.ColumnType;
import deepdesk.core.data.Dataset;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.TaskKind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The Dataset screen's operations, carried out by the core: the CSV importer, column statistics,
 * role suggestion, the sample catalogue and the synthetic generators.
 *
 * <p>Threading: stateless; every method runs on the calling (background) thread.
 */
public final class CoreDataOperations implements DataOperations {

    @Override
    public Dataset read(Path file, ProgressListener listener) throws Exception {
        throw new IOException("CSV import is not available in this build");
    }

    @Override
    public ColumnSummary summarize(Dataset dataset, int column) {
        return new ColumnSummary(dataset.column(column).name(), List.of(), List.of(), false);
    }

    @Override
    public Dataset convert(Dataset dataset, int column, ColumnType type) {
        throw new IllegalArgumentException("changing a column's type is not available in this build");
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
        return List.of();
    }

    @Override
    public Path extractSample(SampleChoice sample) {
        throw new IllegalArgumentException("no sample " + sample.key());
    }

    @Override
    public List<SyntheticChoice> generators() {
        return List.of();
    }

    @Override
    public Dataset generate(SyntheticChoice generator, int points, double noise, long seed) {
        throw new IllegalArgumentException("no generator " + generator.key());
    }
}

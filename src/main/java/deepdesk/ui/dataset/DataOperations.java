package deepdesk.ui.dataset;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.ColumnType;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.CsvPreview;
import deepdesk.core.data.Dataset;
import deepdesk.core.prep.TaskKind;

import java.nio.file.Path;
import java.util.List;

/**
 * The core operations the Dataset screen calls, behind one seam so that its view model can be
 * tested on small datasets built in code.
 *
 * <p>Threading: every method may block and is called on a background thread, never the FX thread.
 */
public interface DataOperations {

    /**
     * Reads a CSV file with its sniffed dialect.
     *
     * @throws Exception a format error whose message names the line and column, or an I/O error
     */
    Dataset read(Path file, ProgressListener listener) throws Exception;

    /**
     * Guesses how {@code file} is written.
     *
     * @throws Exception a format error whose message names the line, or an I/O error
     */
    CsvDialect sniff(Path file) throws Exception;

    /**
     * The first rows of {@code file} read with {@code dialect}, as text.
     *
     * @throws Exception a format error whose message names the line, or an I/O error
     */
    CsvPreview preview(Path file, CsvDialect dialect, int maxRows) throws Exception;

    /**
     * Reads a CSV file with a chosen dialect.
     *
     * @throws Exception a format error whose message names the line and column, or an I/O error
     */
    Dataset read(Path file, CsvDialect dialect, ProgressListener listener) throws Exception;

    /** The statistics and distribution of the column at {@code column}. */
    ColumnSummary summarize(Dataset dataset, int column);

    /** {@code dataset} with the column at {@code column} converted to {@code type}. */
    Dataset convert(Dataset dataset, int column, ColumnType type);

    /**
     * Suggested roles, target and task for a freshly opened dataset.
     *
     * @param preferredTarget the target to use if it is a column (a sample's known target), or
     *                        {@code null}
     */
    RoleChoice suggestRoles(Dataset dataset, String preferredTarget);

    /** The task that choosing {@code target} as the target sets. */
    TaskKind taskFor(Dataset dataset, String target);

    /** The sample datasets, in the order the menu lists them. */
    List<SampleChoice> samples();

    /** The file of {@code sample}, copied out of the application once if needed. */
    Path extractSample(SampleChoice sample) throws Exception;

    /** The synthetic data generators. */
    List<SyntheticChoice> generators();

    /**
     * Generates a synthetic dataset.
     *
     * @param points how many rows
     * @param noise  how much noise, from 0 to 1 (generator-specific scale)
     * @param seed   the random seed: the same seed gives the same points
     */
    Dataset generate(SyntheticChoice generator, int points, double noise, long seed);
}

package deepdesk.ui.dataset;

import deepdesk.core.data.CsvDialect;
import deepdesk.core.project.SyntheticRecipe;
import java.nio.file.Path;

/**
 * Where the open dataset came from, so a project can bring it back: a CSV file read in a dialect
 * (sniffed or chosen by hand in the import dialog), a sample read in its dialect, or a synthetic
 * generator with its settings and seed.
 *
 * <p>Threading: immutable.
 *
 * @param file      the CSV file, or null for a sample or generated data
 * @param dialect   how the file or sample was read, or null for generated data
 * @param sample    the sample's key (its file name), or null
 * @param synthetic how the data was generated, or null
 */
public record DatasetOrigin(Path file, CsvDialect dialect, String sample, SyntheticRecipe synthetic) {

    /** A CSV file read in {@code dialect}. */
    public static DatasetOrigin file(Path file, CsvDialect dialect) {
        return new DatasetOrigin(file, dialect, null, null);
    }

    /** A sample read in {@code dialect}. */
    public static DatasetOrigin sample(String key, CsvDialect dialect) {
        return new DatasetOrigin(null, dialect, key, null);
    }

    /** Generated data. */
    public static DatasetOrigin synthetic(SyntheticRecipe recipe) {
        return new DatasetOrigin(null, null, null, recipe);
    }
}

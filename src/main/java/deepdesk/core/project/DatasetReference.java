package deepdesk.core.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.CsvFormatException;
import deepdesk.core.data.CsvImporter;
import deepdesk.core.data.CsvSniffer;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.Samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a project's dataset comes from and how it is read: a CSV file (with what it contained
 * when the project was saved), a sample shipped with DeepDesk, or a synthetic generator.
 *
 * <p>decision: a sample is saved by its name and a synthetic dataset by its generator settings
 * and seed, not by copying their rows next to the project. Both come back exactly: the samples
 * ship inside the application and the generators are deterministic; the project stays small
 * and never points at the temporary copy a sample is read from. A sample's fingerprint is kept,
 * so a later release whose sample differs is noticed like a changed file.
 *
 * <p>Threading: immutable. {@link #open} reads or generates on the calling thread.
 *
 * @param path      for a file, its absolute path when the project was saved; otherwise null
 * @param sha256    for a file or a sample, the SHA-256 fingerprint of its content then, 64
 *                  lower-case hex digits; null for a synthetic dataset
 * @param dialect   for a file or a sample, how it is read: delimiter, header, quote, decimal
 *                  comma, missing markers and character set (as the user chose them); null for
 *                  a synthetic dataset
 * @param sample    for a sample, its file name (such as {@code iris.csv}); otherwise null
 * @param synthetic for a synthetic dataset, how it was generated; otherwise null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetReference(String path, String sha256, CsvDialect dialect, String sample,
                               SyntheticRecipe synthetic) {

    /**
     * Checks that exactly one origin is given, with the parts it needs.
     *
     * @throws IllegalArgumentException when no origin or several are given
     */
    @JsonCreator
    public DatasetReference {
        int origins = (path != null ? 1 : 0) + (sample != null ? 1 : 0) + (synthetic != null ? 1 : 0);
        if (origins != 1) {
            throw new IllegalArgumentException("a dataset comes from exactly one of a file, a sample"
                    + " or a generator, not " + origins);
        }
        if (synthetic == null) {
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(dialect, "dialect");
        }
    }

    /** A reference to a CSV file with its fingerprint and dialect. */
    public DatasetReference(String path, String sha256, CsvDialect dialect) {
        this(Objects.requireNonNull(path, "path"), sha256, dialect, null, null);
    }

    /**
     * A reference to {@code file} as it is now, read in {@code dialect}; reads the whole file to
     * fingerprint it.
     */
    public static DatasetReference of(Path file, CsvDialect dialect) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        return new DatasetReference(absolute.toString(), DatasetFingerprint.of(absolute), dialect);
    }

    /**
     * A reference to a sample shipped with DeepDesk, read in {@code dialect}; fingerprints the
     * sample's content.
     *
     * @throws IllegalArgumentException when there is no such sample
     */
    public static DatasetReference ofSample(String fileName, CsvDialect dialect) throws IOException {
        Samples.Sample found = Samples.byFileName(fileName).orElseThrow(
                () -> new IllegalArgumentException("no sample called " + fileName));
        return new DatasetReference(null, DatasetFingerprint.of(Samples.extract(found)), dialect,
                fileName, null);
    }

    /** A reference to a synthetic dataset. */
    public static DatasetReference ofSynthetic(SyntheticRecipe recipe) {
        return new DatasetReference(null, null, null, null, Objects.requireNonNull(recipe, "recipe"));
    }

    /** Whether the dataset is a user's CSV file (which may move or change). */
    @JsonIgnore
    public boolean isFile() {
        return path != null;
    }

    /**
     * The file the data is read from: the saved path of a file, or the sample's copy on disk;
     * null for a synthetic dataset.
     */
    public Path file() {
        if (path != null) {
            return Path.of(path);
        }
        if (sample != null) {
            return Samples.byFileName(sample).map(Samples::extract).orElse(null);
        }
        return null;
    }

    /** This reference pointing at {@code file} instead, with the fingerprint of its content now. */
    public DatasetReference relocatedTo(Path file) throws IOException {
        return of(file, dialect);
    }

    /** Where the data comes from, for a person: the path, "sample iris.csv", or the generator. */
    public String describe() {
        if (path != null) {
            return path;
        }
        if (sample != null) {
            return "the sample " + sample;
        }
        return "synthetic data (" + synthetic.generator() + ", " + synthetic.points()
                + " points, seed " + synthetic.seed() + ")";
    }

    /**
     * Reads the file or sample in the saved dialect, or generates the synthetic rows.
     *
     * @throws IOException        when the file cannot be read or the sample is not shipped
     * @throws CsvFormatException when the file is not valid CSV in the dialect
     */
    public Dataset open(ProgressListener listener) throws IOException, CsvFormatException {
        if (synthetic != null) {
            return synthetic.generate();
        }
        Path file = file();
        if (file == null) {
            throw new IOException("this version of DeepDesk has no sample called " + sample);
        }
        return new CsvImporter().read(file, dialect != null ? dialect : CsvSniffer.sniff(file), listener);
    }
}

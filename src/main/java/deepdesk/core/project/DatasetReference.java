package deepdesk.core.project;

import deepdesk.core.data.CsvDialect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a project's dataset lives, what it contained when the project was saved and how it is
 * read.
 *
 * <p>Threading: immutable.
 *
 * @param path    the CSV file's absolute path when the project was saved
 * @param sha256  the SHA-256 fingerprint of the file's content then, 64 lower-case hex digits
 * @param dialect how the file is read: delimiter, header, quote, decimal comma, missing markers
 *                and character set
 */
public record DatasetReference(String path, String sha256, CsvDialect dialect) {

    /** Checks that every part is present. */
    public DatasetReference {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(dialect, "dialect");
    }

    /** A reference to {@code file} as it is now; reads the whole file to fingerprint it. */
    public static DatasetReference of(Path file, CsvDialect dialect) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        return new DatasetReference(absolute.toString(), DatasetFingerprint.of(absolute), dialect);
    }

    /** The saved path as a {@link Path}. */
    public Path file() {
        return Path.of(path);
    }

    /** This reference pointing at {@code file} instead, with the fingerprint of its content now. */
    public DatasetReference relocatedTo(Path file) throws IOException {
        return of(file, dialect);
    }
}

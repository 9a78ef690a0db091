package deepdesk.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The outcome of looking for a project's dataset on disk: the status and, unless the file is
 * missing, where it was looked for.
 *
 * <p>Threading: immutable. {@link #of} reads the file on the calling thread.
 *
 * @param status what became of the dataset
 * @param file   the file that was checked; null for synthetic data, or a sample this build
 *               does not ship
 */
public record DatasetCheck(DatasetStatus status, Path file) {

    /**
     * Checks the reference's data: the file at its saved path, or the sample this build ships
     * (which may differ from the one the project was saved with). Synthetic data is generated
     * again and always found.
     */
    public static DatasetCheck of(DatasetReference reference) throws IOException {
        if (reference.synthetic() != null) {
            return new DatasetCheck(DatasetStatus.FOUND, null);
        }
        Path file = reference.file();
        if (file == null) {
            return new DatasetCheck(DatasetStatus.MOVED, null);
        }
        return of(reference, file);
    }

    /**
     * Checks {@code candidate} (the saved path, or one the user chose) against the reference:
     * {@link DatasetStatus#MOVED} when no regular file is there, {@link DatasetStatus#CHANGED}
     * when its content differs, {@link DatasetStatus#FOUND} otherwise.
     */
    public static DatasetCheck of(DatasetReference reference, Path candidate) throws IOException {
        if (!Files.isRegularFile(candidate)) {
            return new DatasetCheck(DatasetStatus.MOVED, candidate);
        }
        boolean same = DatasetFingerprint.of(candidate).equalsIgnoreCase(reference.sha256());
        return new DatasetCheck(same ? DatasetStatus.FOUND : DatasetStatus.CHANGED, candidate);
    }

    /** A sentence for the user about this outcome. */
    public String describe() {
        if (file == null) {
            return status == DatasetStatus.FOUND ? "The synthetic data is generated again."
                    : "This version of DeepDesk does not ship the project's sample.";
        }
        switch (status) {
            case FOUND:
                return "The dataset " + file + " is unchanged.";
            case MOVED:
                return "The dataset is no longer at " + file + ". Locate the CSV file to continue.";
            default:
                return "The data in " + file + " differs from the data this project was saved"
                        + " with; its runs were trained on the earlier data.";
        }
    }
}

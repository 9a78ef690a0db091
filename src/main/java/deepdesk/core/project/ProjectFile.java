package deepdesk.core.project;

import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.PreparationSettings;
import deepdesk.core.training.RunRecord;
import deepdesk.core.training.TrainingConfig;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A saved session: the content of a {@code *.deepdesk} file.
 *
 * <p>Threading: immutable.
 *
 * @param formatVersion the version of the file layout; {@link #CURRENT_FORMAT} when written by
 *                      this build
 * @param savedAt       when it was saved, as an ISO-8601 instant
 * @param dataset       the dataset the session works on, or {@code null} when none is open
 * @param roles         the column roles and the task, or {@code null} without a dataset
 * @param preparation   how the dataset is cleaned, scaled, encoded and split
 * @param training      the network and hyperparameters of the next run, or {@code null} when
 *                      none has been chosen
 * @param runs          every run of the session, oldest first, with its history and best weights
 * @param runNames      the names the user gave runs, by run id; a run not listed keeps its
 *                      default name
 */
public record ProjectFile(int formatVersion, String savedAt, DatasetReference dataset,
                          DatasetRoles roles, PreparationSettings preparation,
                          TrainingConfig training, List<RunRecord> runs,
                          Map<Long, String> runNames) {

    /**
     * The format this build writes. Format 2 added datasets that are a shipped sample or
     * synthetic data ({@link DatasetReference#sample()}, {@link DatasetReference#synthetic()});
     * a format 1 file reads unchanged.
     */
    public static final int CURRENT_FORMAT = 2;

    /** Checks the version and copies the runs. */
    public ProjectFile {
        if (formatVersion < 1) {
            throw new IllegalArgumentException("format version must be 1 or more, not "
                    + formatVersion);
        }
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(preparation, "preparation");
        runs = runs == null ? List.of() : List.copyOf(runs);
        runNames = runNames == null ? Map.of() : Map.copyOf(runNames);
    }

    /** A project in the current format, saved at {@code savedAt}. */
    public static ProjectFile of(String savedAt, DatasetReference dataset, DatasetRoles roles,
                                 PreparationSettings preparation, TrainingConfig training,
                                 List<RunRecord> runs, Map<Long, String> runNames) {
        return new ProjectFile(CURRENT_FORMAT, savedAt, dataset, roles, preparation, training,
                runs, runNames);
    }

    /** This project with its dataset at another place (after the user located it). */
    public ProjectFile withDataset(DatasetReference newDataset) {
        return new ProjectFile(formatVersion, savedAt, newDataset, roles, preparation, training,
                runs, runNames);
    }
}

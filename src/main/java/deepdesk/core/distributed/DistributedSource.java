package deepdesk.core.distributed;

import deepdesk.core.data.CsvDialect;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.PreparationSettings;

import java.util.Objects;

/**
 * The data a cluster trains on and how it is prepared.
 *
 * <p>Threading: immutable.
 *
 * @param uri         the CSV file: a local path or any URI the cluster's file systems read
 *                    ({@code file:}, {@code hdfs:}, {@code s3a:} ...); every worker must reach it
 * @param dialect     how the file is written, or {@code null} to sniff it from its first bytes
 * @param roles       the column roles and task, or {@code null} to suggest them from a sample of
 *                    the file with {@code target} as the target
 * @param target      the column to predict when {@code roles} is {@code null}; ignored otherwise
 * @param preparation missing values, scaling, derived features, split shares and split seed
 */
public record DistributedSource(String uri, CsvDialect dialect, DatasetRoles roles, String target,
                                PreparationSettings preparation) {

    /**
     * Checks that the source names a file and a target.
     *
     * @throws IllegalArgumentException when neither roles nor a target are given
     */
    public DistributedSource {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(preparation, "preparation");
        if (roles == null && (target == null || target.isBlank())) {
            throw new IllegalArgumentException("name the column to predict");
        }
    }
}

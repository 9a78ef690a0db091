package deepdesk.core.distributed;

import deepdesk.core.bundle.ModelBundle;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.DatasetRoles;
import deepdesk.core.prep.FittedPipeline;
import deepdesk.core.prep.PreparedSplit;
import deepdesk.core.training.ClusterStatus;
import deepdesk.core.training.SplitMetrics;
import deepdesk.core.training.TrainingRunFactory;

/**
 * A dataset prepared on a cluster: split, with the preparation pipeline fitted on its training
 * rows, and held in the cluster's memory as float rows. It makes training runs
 * ({@link #create}) that the {@link deepdesk.core.training.TrainingService} drives like local
 * ones, and measures and bundles their weights.
 *
 * <p>Threading: not thread-safe; use it from one thread at a time (the training thread while a
 * run trains). Close it to free the cluster's memory; closing the last dataset of a cluster
 * session does not stop the session, {@link DistributedTraining#shutdown()} does.
 */
public interface DistributedDataset extends TrainingRunFactory, AutoCloseable {

    /** The column roles and task used. */
    DatasetRoles roles();

    /** The pipeline fitted on the training split, as a local preparation would give it. */
    FittedPipeline pipeline();

    /** Rows in the training split. */
    long trainRows();

    /** Rows in the validation split. */
    long validationRows();

    /** Rows in the test split. */
    long testRows();

    /** The cluster and this dataset's partitions, before any run. */
    ClusterStatus status();

    /**
     * Up to {@code maxRows} prepared rows of a split, gathered into this process (for prediction
     * snapshots and small checks); for the training split in the order runs number the rows.
     *
     * @param split which split
     */
    PreparedSplit collect(SplitKind split, int maxRows);

    /**
     * Measures weights on a whole split where the data lives.
     *
     * @param spec    the network's architecture
     * @param weights parameters predicting in the targets' own units
     * @return the metrics, or {@code null} when the split has no rows
     */
    SplitMetrics evaluate(SplitKind split, ModelSpec spec, float[] weights);

    /**
     * The model bundle of trained weights: this pipeline, the input schema with the training
     * ranges, and the evaluation on the test split (measured on at most {@code maxTestRows} of its
     * rows gathered here; none when it has no rows).
     */
    ModelBundle bundle(ModelSpec spec, float[] weights, int maxTestRows);

    /** Frees the cluster memory the dataset holds. */
    @Override
    void close();
}

package deepdesk.core.training;

/**
 * One training run that the {@link TrainingService} drives a batch at a time: the local
 * {@link Trainer}, or a run whose batches are computed on a cluster. A "batch" is one update of
 * the weights: one mini-batch locally, one global batch or one averaging round on a cluster.
 *
 * <p>Threading: not thread-safe; the thread that drives it (the training thread) calls every
 * method.
 */
public interface TrainingRun {

    /** The settings of the run. */
    TrainingConfig config();

    /**
     * The prepared rows held in this process, used for prediction snapshots: all of them for a
     * local run, a sample for a run whose data lives on a cluster.
     */
    TrainingData data();

    /** Rows in the whole training split. */
    long trainRows();

    /** Rows in the whole validation split. */
    long validationRows();

    /** Batches (updates) in one epoch. */
    int batchesPerEpoch();

    /** Epochs completed so far. */
    int completedEpochs();

    /** Batches trained in the epoch in progress (0 between epochs). */
    int batchInEpoch();

    /** Batches trained since the run began. */
    long step();

    /** The base learning rate before the schedule. */
    double baseLearningRate();

    /** The learning rate the next batch will use. */
    double learningRate();

    /**
     * Changes the base learning rate from the next batch on.
     *
     * @throws IllegalArgumentException when the rate is not a positive number
     */
    void setLearningRate(double rate);

    /** Training time so far in seconds, counting only time spent in batches. */
    double elapsedSeconds();

    /** The latest epoch's metrics, or {@code null} before the first epoch ends. */
    EpochMetrics lastEpoch();

    /** The epoch with the lowest monitored loss so far, or 0. */
    int bestEpoch();

    /** A copy of the weights of the best epoch, predicting in the targets' own units. */
    float[] bestWeights();

    /** A copy of the current weights, predicting in the targets' own units. */
    float[] weights();

    /** Why the run ended, or {@code null} while it can go on. */
    StopReason stopReason();

    /** The reason the run ended in words, or {@code null} while it can go on. */
    String stopMessage();

    /** Whether the run has ended. */
    default boolean isDone() {
        return stopReason() != null;
    }

    /** Ends the run at the current weights, as asked by a person or program. */
    void stop();

    /**
     * Trains one batch. When the result says it ended the epoch, call {@link #completeEpoch()}
     * before the next batch.
     *
     * @throws IllegalStateException when the run has ended or an epoch is waiting to be completed
     */
    BatchResult trainBatch();

    /**
     * Ends the epoch whose last batch was just trained: measures the splits, advances the
     * schedule, keeps the best weights and applies the stop criteria.
     *
     * @throws IllegalStateException when the epoch's batches are not all trained
     */
    EpochMetrics completeEpoch();

    /**
     * Where the run computes, for a status line: {@code null} for a local run, the cluster's
     * executors, partitions and last round's time for a distributed one.
     */
    default ClusterStatus clusterStatus() {
        return null;
    }

    /**
     * Releases what the run holds outside this process (cached data on a cluster). The weights,
     * metrics and {@link #data()} stay readable. Called once the run has ended.
     */
    default void release() {
    }
}

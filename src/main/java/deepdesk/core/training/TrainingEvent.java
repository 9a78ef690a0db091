package deepdesk.core.training;

/**
 * Something that happened in the {@link TrainingService}. Every event carries copied numbers,
 * never a buffer the training thread will overwrite.
 *
 * <p>Threading: immutable; created on the training thread and safe to hand to any thread.
 */
public sealed interface TrainingEvent {

    /** The run the event belongs to; 0 when no run exists yet. */
    long runId();

    /**
     * A run began (from {@code start} or {@code reset}).
     *
     * @param runId           the new run
     * @param config          its settings
     * @param trainRows       rows in the training split
     * @param validationRows  rows in the validation split
     * @param batchesPerEpoch batches in one epoch
     */
    record RunStarted(long runId, TrainingConfig config, int trainRows, int validationRows,
                      int batchesPerEpoch) implements TrainingEvent {
    }

    /**
     * A batch was trained. Sampled: at most about 60 a second, plus every stepped batch.
     *
     * @param runId           the run
     * @param epoch           the epoch in progress, counted from 1
     * @param batch           the batch within the epoch, counted from 1
     * @param batchesPerEpoch batches in one epoch
     * @param step            batches trained since the run began
     * @param loss            the batch's mean data loss
     * @param learningRate    the learning rate used for the batch
     */
    record BatchProgress(long runId, int epoch, int batch, int batchesPerEpoch, long step,
                         double loss, double learningRate) implements TrainingEvent {
    }

    /**
     * An epoch ended and was evaluated.
     *
     * @param runId   the run
     * @param metrics everything measured
     */
    record EpochCompleted(long runId, EpochMetrics metrics) implements TrainingEvent {
    }

    /**
     * The service moved from one state to another.
     *
     * @param runId the run concerned
     * @param from  the state before
     * @param to    the state after
     */
    record StateChanged(long runId, TrainingState from, TrainingState to) implements TrainingEvent {
    }

    /**
     * The base learning rate was changed during the run.
     *
     * @param runId  the run
     * @param change when and to what
     */
    record LearningRateChanged(long runId, LearningRateChange change) implements TrainingEvent {
    }

    /**
     * A run ended for good. Every run that started gets exactly one of these.
     *
     * @param runId      the run
     * @param finalState {@code FINISHED}, {@code STOPPED}, {@code DIVERGED} or {@code FAILED}
     * @param reason     why it ended
     * @param message    the reason in words a person can act on
     * @param epochs     epochs completed
     */
    record RunEnded(long runId, TrainingState finalState, StopReason reason, String message,
                    int epochs) implements TrainingEvent {
    }
}

package deepdesk.core.training;

/**
 * The latest state of the {@link TrainingService} for views that pull on their own timer.
 *
 * <p>Threading: immutable; replaced (never changed) by the training thread.
 *
 * @param runId           the current run; 0 before the first
 * @param state           the service state
 * @param epoch           epochs completed
 * @param batchInEpoch    batches trained in the epoch in progress
 * @param batchesPerEpoch batches in one epoch; 0 before the first run
 * @param step            batches trained since the run began
 * @param batchLoss       the mean loss of the latest sampled batch; NaN before the first
 * @param learningRate    the learning rate the next batch uses; NaN before the first run
 * @param lastEpoch       the latest epoch's metrics; {@code null} before the first
 * @param elapsedSeconds  training time of the run so far in seconds (pauses not counted)
 */
public record TrainingSnapshot(long runId, TrainingState state, int epoch, int batchInEpoch,
                               int batchesPerEpoch, long step, double batchLoss, double learningRate,
                               EpochMetrics lastEpoch, double elapsedSeconds) {

    /** The snapshot before any run. */
    public static final TrainingSnapshot NONE = new TrainingSnapshot(0, TrainingState.IDLE, 0, 0, 0, 0,
            Double.NaN, Double.NaN, null, 0);
}

package deepdesk.core.training;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Everything measured at the end of one epoch.
 *
 * <p>Threading: immutable.
 *
 * @param epoch            the epoch just completed, counted from 1
 * @param step             batches trained since the run began
 * @param train            metrics on the whole training split, evaluated without dropout or
 *                         noise after the epoch
 * @param validation       metrics on the validation split; {@code null} when it has no rows
 * @param learningRate     the learning rate used for this epoch's last batch
 * @param seconds          wall-clock time the epoch's batches took, in seconds
 * @param samplesPerSecond training rows per second during this epoch
 * @param elapsedSeconds   training time since the run began, in seconds (pauses not counted)
 */
public record EpochMetrics(int epoch, long step, SplitMetrics train, SplitMetrics validation,
                           double learningRate, double seconds, double samplesPerSecond,
                           double elapsedSeconds) {

    /** The loss that early stopping watches: validation when there is any, otherwise training. */
    @JsonIgnore
    public double monitoredLoss() {
        return validation != null ? validation.loss() : train.loss();
    }
}

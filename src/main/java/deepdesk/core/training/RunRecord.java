package deepdesk.core.training;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * One run as it stands: its settings, the metrics of every epoch, the learning-rate changes made
 * during it, how it ended and the weights of its best epoch.
 *
 * <p>Threading: immutable; {@link #bestWeights()} returns a copy.
 *
 * @param id          the run's number within its service, from 1
 * @param config      the settings it was trained with
 * @param epochs      the metrics of every completed epoch, in order
 * @param rateChanges the learning-rate changes made while it ran, in order
 * @param state       its state: running or paused while in progress, then how it ended
 * @param reason      why it ended; {@code null} while in progress
 * @param message     the reason in words; {@code null} while in progress
 * @param bestEpoch   the epoch with the lowest monitored loss; 0 when none completed
 * @param bestWeights the flat parameters of the best epoch; {@code null} while in progress
 */
public record RunRecord(long id, TrainingConfig config, List<EpochMetrics> epochs,
                        List<LearningRateChange> rateChanges, TrainingState state, StopReason reason,
                        String message, int bestEpoch, float[] bestWeights) {

    /** Copies the lists and the weights. */
    public RunRecord {
        epochs = List.copyOf(epochs);
        rateChanges = List.copyOf(rateChanges);
        bestWeights = bestWeights == null ? null : bestWeights.clone();
    }

    @Override
    public float[] bestWeights() {
        return bestWeights == null ? null : bestWeights.clone();
    }

    /** The best epoch's metrics, or {@code null} when no epoch completed. */
    @JsonIgnore
    public EpochMetrics best() {
        return bestEpoch == 0 ? null : epochs.get(bestEpoch - 1);
    }

    /** Whether the run has ended. */
    @JsonIgnore
    public boolean isEnded() {
        return state.isTerminal();
    }
}

package deepdesk.core.training;

import java.util.List;

/**
 * How a run that was trained to its end came out.
 *
 * <p>Threading: immutable.
 *
 * @param reason    why it ended
 * @param message   the reason in words a person can act on
 * @param epochs    the metrics of every completed epoch, in order
 * @param bestEpoch the epoch with the lowest monitored loss, or 0 when no epoch completed
 */
public record TrainingOutcome(StopReason reason, String message, List<EpochMetrics> epochs,
                              int bestEpoch) {

    /** Copies the epoch list. */
    public TrainingOutcome {
        epochs = List.copyOf(epochs);
    }

    /** The state the run ended in. */
    public TrainingState state() {
        return reason.finalState();
    }

    /** The last completed epoch's metrics, or {@code null} when none completed. */
    public EpochMetrics lastEpoch() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }
}

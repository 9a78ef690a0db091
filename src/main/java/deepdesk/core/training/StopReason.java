package deepdesk.core.training;

/**
 * Why a run ended.
 *
 * <p>Threading: immutable.
 */
public enum StopReason {
    /** The maximum number of epochs was trained. */
    MAX_EPOCHS,
    /** The training loss reached the target loss. */
    TARGET_LOSS,
    /** The monitored loss stopped improving for the patience; the best weights were restored. */
    EARLY_STOPPING,
    /** A person or a program asked the run to stop. */
    STOPPED,
    /** The loss or a weight became NaN or infinite. */
    DIVERGED,
    /** An unexpected error ended the run. */
    FAILED;

    /** The state a run ending for this reason is left in. */
    public TrainingState finalState() {
        return switch (this) {
            case MAX_EPOCHS, TARGET_LOSS, EARLY_STOPPING -> TrainingState.FINISHED;
            case STOPPED -> TrainingState.STOPPED;
            case DIVERGED -> TrainingState.DIVERGED;
            case FAILED -> TrainingState.FAILED;
        };
    }
}

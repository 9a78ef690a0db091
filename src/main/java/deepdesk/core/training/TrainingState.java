package deepdesk.core.training;

/**
 * Where the training service is in the life of a run.
 *
 * <p>Threading: immutable.
 */
public enum TrainingState {
    /** No run has been started yet. */
    IDLE,
    /** A run is training batch after batch. */
    RUNNING,
    /** A run is waiting between batches; it can be resumed or stepped. */
    PAUSED,
    /** The run reached a stop criterion (max epochs, target loss or early stopping). */
    FINISHED,
    /** The run was stopped by a command. */
    STOPPED,
    /** The loss or a weight became NaN or infinite; the last good weights were kept. */
    DIVERGED,
    /** The run ended because of an unexpected error. */
    FAILED;

    /** Whether a run in this state has ended for good. */
    public boolean isTerminal() {
        return this == FINISHED || this == STOPPED || this == DIVERGED || this == FAILED;
    }

    /** Whether a run in this state can still train (it is running or paused). */
    public boolean isActive() {
        return this == RUNNING || this == PAUSED;
    }
}

package deepdesk.core.model;

/**
 * How the learning rate changes over the epochs of a run.
 *
 * <p>Threading: immutable.
 */
public enum ScheduleKind {
    /** The base rate throughout. */
    CONSTANT,
    /** The rate is multiplied by a factor every few epochs. */
    STEP,
    /** The rate falls from the base to a floor along half a cosine wave. */
    COSINE,
    /** The rate is multiplied by a factor when the validation loss stops improving. */
    REDUCE_ON_PLATEAU
}

package deepdesk.ui.training;

/**
 * One card of the training doctor: what went wrong, in plain words, and what to try.
 *
 * <p>Threading: immutable.
 *
 * @param kind   which problem it is
 * @param title  a short headline
 * @param advice what was seen and what to try, in a few sentences
 */
public record DoctorFinding(Kind kind, String title, String advice) {

    /** The problems the doctor recognises. */
    public enum Kind {
        /** The loss became NaN or infinite, or grew many times over. */
        DIVERGENCE,
        /** The loss hardly moved: the learning rate is probably too low. */
        LEARNING_RATE_TOO_LOW,
        /** Some inputs are far from mean 0 and spread 1. */
        UNSCALED_INPUTS,
        /** Many ReLU units never switch on. */
        DEAD_RELUS,
        /** Validation loss rises while training loss falls. */
        OVERFITTING,
        /** The loss has stopped improving. */
        PLATEAU
    }
}

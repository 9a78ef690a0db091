package deepdesk.core.prep;

/**
 * The kind of prediction task, decided by the target column and overridable by the user.
 *
 * <p>Threading: immutable.
 */
public enum TaskKind {
    /** Predict a number. */
    REGRESSION,
    /** Predict one of a set of classes (two classes: binary). */
    CLASSIFICATION
}

package deepdesk.core.prep;

/**
 * What to do with a missing input cell. Rows whose target is missing are always dropped,
 * whatever this says.
 *
 * <p>Threading: immutable.
 */
public enum MissingValues {
    /** Drop every row that has a missing input. */
    DROP_ROWS,
    /** Numbers: the training mean. Categories: the most frequent training category. */
    MEAN,
    /** Numbers: the training median. Categories: the most frequent training category. */
    MEDIAN,
    /** The most frequent training value, for numbers and categories alike. */
    MOST_FREQUENT,
    /** Numbers: a fixed value. Categories: no category at all (every one-hot column 0). */
    CONSTANT
}

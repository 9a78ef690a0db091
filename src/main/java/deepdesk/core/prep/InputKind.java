package deepdesk.core.prep;

/**
 * How an input column is read by a fitted pipeline.
 *
 * <p>Threading: immutable.
 */
public enum InputKind {
    /** One number per row, imputed then scaled. */
    NUMERIC,
    /** One of a set of categories, one-hot encoded. */
    CATEGORICAL
}

package deepdesk.core.data;

/**
 * What a column holds, as inferred by the importer or chosen by the user.
 *
 * <p>Threading: immutable.
 */
public enum ColumnType {
    /** Numbers; missing cells are {@code NaN}. */
    NUMERIC,
    /** A small set of labels (few distinct strings or small integers). */
    CATEGORICAL,
    /** Free text: many distinct strings. Ignored as a model input by default. */
    TEXT,
    /** A key that is different on (almost) every row. Ignored as a model input by default. */
    IDENTIFIER,
    /** The same value on every row. Ignored as a model input by default. */
    CONSTANT
}

package deepdesk.core.bundle;

/**
 * What kind of value a raw input column holds.
 *
 * <p>Threading: immutable.
 */
public enum ValueKind {
    /** A number. */
    NUMBER,
    /** One of the categories seen in training, as text. */
    CATEGORY
}

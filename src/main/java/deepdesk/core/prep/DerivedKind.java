package deepdesk.core.prep;

/**
 * A feature computed from numeric inputs, as in TensorFlow Playground's feature list.
 *
 * <p>Threading: immutable.
 */
public enum DerivedKind {
    /** x². */
    SQUARE,
    /** x·y. */
    PRODUCT,
    /** sin(x), with x in the input's own units. */
    SINE
}

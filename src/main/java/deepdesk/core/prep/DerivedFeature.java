package deepdesk.core.prep;

import java.util.Objects;

/**
 * One derived feature of a fitted pipeline, computed from the imputed, unscaled value of one or
 * two numeric input features and then scaled like any other feature.
 *
 * <p>Threading: immutable.
 *
 * @param name   the feature's name, such as {@code x1^2}, {@code x1*x2} or {@code sin(x1)}
 * @param kind   what is computed
 * @param first  the position of the (first) numeric feature it is computed from
 * @param second the position of the second numeric feature for a product, else the same as
 *               {@code first}
 */
public record DerivedFeature(String name, DerivedKind kind, int first, int second) {

    /** Checks the feature. */
    public DerivedFeature {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** The feature's value for the given unscaled input values. */
    public double compute(double a, double b) {
        return switch (kind) {
            case SQUARE -> a * a;
            case PRODUCT -> a * b;
            case SINE -> Math.sin(a);
        };
    }
}

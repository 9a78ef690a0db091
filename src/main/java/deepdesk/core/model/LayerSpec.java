package deepdesk.core.model;

import java.util.Objects;

/**
 * One dense hidden layer.
 *
 * <p>Threading: immutable.
 *
 * @param units      Number of neurons in this layer. At least 1.
 * @param activation The function each neuron applies to its weighted sum.
 * @param dropout    Fraction of this layer's outputs dropped at random during training, from 0
 *                   (off, the default) up to but not including 1.
 */
public record LayerSpec(int units, Activation activation, double dropout) {

    /**
     * Validates the layer.
     *
     * @throws IllegalArgumentException when units is below 1 or dropout is outside [0, 1)
     */
    public LayerSpec {
        if (units < 1) {
            throw new IllegalArgumentException("a layer needs at least one unit, got " + units);
        }
        Objects.requireNonNull(activation, "activation");
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
    }

    /** A layer without dropout. */
    public static LayerSpec of(int units, Activation activation) {
        return new LayerSpec(units, activation, 0);
    }
}

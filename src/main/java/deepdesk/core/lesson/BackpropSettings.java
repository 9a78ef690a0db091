package deepdesk.core.lesson;

import deepdesk.core.model.Activation;
import java.util.Objects;

/**
 * The settings of lesson 3, forward and backward propagation step by step, on a network with two
 * inputs, one hidden layer and one sigmoid output trained on the squared error.
 *
 * <p>Threading: immutable.
 *
 * @param hiddenUnits  Number of units in the hidden layer, from 2 to 4. Default 3.
 * @param activation   The function each hidden unit applies to its weighted sum: tanh, sigmoid
 *                     or ReLU. Default tanh.
 * @param data         The four rows the network learns from. Default the corners of exclusive or.
 * @param seed         Seed of the initial weights (and of the drawn points). The same seed gives
 *                     the same numbers. Default 1.
 * @param learningRate How far each update moves the weights against their gradient. Default 0.5.
 */
public record BackpropSettings(int hiddenUnits, Activation activation, BackpropData data, long seed,
                               double learningRate) {

    /** Fewest hidden units. */
    public static final int MIN_HIDDEN = 2;
    /** Most hidden units. */
    public static final int MAX_HIDDEN = 4;

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException when a value is outside its range
     */
    public BackpropSettings {
        if (hiddenUnits < MIN_HIDDEN || hiddenUnits > MAX_HIDDEN) {
            throw new IllegalArgumentException("the hidden layer has " + MIN_HIDDEN + " to " + MAX_HIDDEN
                    + " units, not " + hiddenUnits);
        }
        Objects.requireNonNull(activation, "activation");
        if (activation != Activation.TANH && activation != Activation.SIGMOID && activation != Activation.RELU) {
            throw new IllegalArgumentException("the lesson's hidden activation is tanh, sigmoid or ReLU, not "
                    + activation);
        }
        Objects.requireNonNull(data, "data");
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number, not " + learningRate);
        }
    }

    /** The defaults: three tanh units on the exclusive-or corners, seed 1, rate 0.5. */
    public static BackpropSettings defaults() {
        return new BackpropSettings(3, Activation.TANH, BackpropData.XOR_CORNERS, 1, 0.5);
    }
}

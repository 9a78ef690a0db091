package deepdesk.core.lesson;

import deepdesk.core.data.synthetic.SyntheticShape;
import deepdesk.core.model.Activation;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the Playground lesson lets a user choose, with TensorFlow Playground's defaults.
 *
 * <p>Threading: immutable.
 *
 * @param shape         Which two-input dataset to learn: four classification sets (circle,
 *                      exclusive or, two Gaussians, spiral) and two regression sets (plane,
 *                      several Gaussians). Default: circle.
 * @param noise         How noisy the data is, from 0 (clean) to 0.5 (very noisy). Default: 0.
 * @param trainPercent  Share of the points the network trains on, in percent; the rest are the
 *                      test points. From 10 to 90. Default: 50.
 * @param features      The inputs fed to the network, computed from each point's x₁ and x₂; at
 *                      least one. Default: x₁ and x₂.
 * @param hiddenLayers  Neurons in each hidden layer, from the input side; up to 6 layers of 1 to
 *                      8 neurons, or none. Default: 4 then 2.
 * @param activation    The function every hidden neuron applies to its weighted sum. Default:
 *                      tanh.
 * @param learningRate  How far each step of gradient descent moves the weights. Default: 0.03.
 * @param penalty       Which penalty on the weights is added to the loss: none, L1 (pushes
 *                      weights to exactly zero) or L2 (keeps weights small). Default: none.
 * @param penaltyRate   How strongly the penalty counts. Default: 0.
 * @param batchSize     Points per step of gradient descent, from 1 to 30. Default: 10.
 * @param seed          One number that fixes the points, the split and the initial weights.
 *                      Default: 1.
 */
public record PlaygroundSettings(SyntheticShape shape, double noise, int trainPercent,
                                 Set<PlaygroundFeature> features, List<Integer> hiddenLayers,
                                 Activation activation, double learningRate, Penalty penalty,
                                 double penaltyRate, int batchSize, long seed) {

    /** The most hidden layers. */
    public static final int MAX_LAYERS = 6;
    /** The most neurons in a hidden layer. */
    public static final int MAX_NEURONS = 8;
    /** The largest batch. */
    public static final int MAX_BATCH = 30;
    /** The largest noise. */
    public static final double MAX_NOISE = 0.5;

    /** A penalty on the weights. Threading: immutable. */
    public enum Penalty {
        /** No penalty. */
        NONE,
        /** L1: the sum of absolute weights. */
        L1,
        /** L2: the sum of squared weights. */
        L2
    }

    /**
     * Checks and copies the settings.
     *
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public PlaygroundSettings {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(penalty, "penalty");
        if (!(noise >= 0 && noise <= MAX_NOISE)) {
            throw new IllegalArgumentException("noise must be between 0 and " + MAX_NOISE + ", got " + noise);
        }
        if (trainPercent < 10 || trainPercent > 90) {
            throw new IllegalArgumentException("the training share must be 10 to 90 percent, got "
                    + trainPercent);
        }
        if (features.isEmpty()) {
            throw new IllegalArgumentException("choose at least one feature");
        }
        features = Set.copyOf(EnumSet.copyOf(features));
        hiddenLayers = List.copyOf(hiddenLayers);
        if (hiddenLayers.size() > MAX_LAYERS) {
            throw new IllegalArgumentException("at most " + MAX_LAYERS + " hidden layers, got "
                    + hiddenLayers.size());
        }
        for (int neurons : hiddenLayers) {
            if (neurons < 1 || neurons > MAX_NEURONS) {
                throw new IllegalArgumentException("a hidden layer has 1 to " + MAX_NEURONS
                        + " neurons, got " + neurons);
            }
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be above 0, got " + learningRate);
        }
        if (!(penaltyRate >= 0) || Double.isInfinite(penaltyRate)) {
            throw new IllegalArgumentException("the regularisation rate must be 0 or more, got "
                    + penaltyRate);
        }
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("the batch size must be 1 to " + MAX_BATCH + ", got "
                    + batchSize);
        }
    }

    /** TensorFlow Playground's start: a clean circle, half for training, x₁ and x₂, 4-2 tanh. */
    public static PlaygroundSettings defaults() {
        return new PlaygroundSettings(SyntheticShape.CIRCLE, 0, 50,
                EnumSet.of(PlaygroundFeature.X1, PlaygroundFeature.X2), List.of(4, 2),
                Activation.TANH, 0.03, Penalty.NONE, 0, 10, 1);
    }

    /** The chosen features in the order the network receives them. */
    public List<PlaygroundFeature> orderedFeatures() {
        return List.copyOf(EnumSet.copyOf(features));
    }

    /** A copy with another dataset. */
    public PlaygroundSettings withShape(SyntheticShape value) {
        return new PlaygroundSettings(value, noise, trainPercent, features, hiddenLayers, activation,
                learningRate, penalty, penaltyRate, batchSize, seed);
    }

    /** A copy with another noise level. */
    public PlaygroundSettings withNoise(double value) {
        return new PlaygroundSettings(shape, value, trainPercent, features, hiddenLayers, activation,
                learningRate, penalty, penaltyRate, batchSize, seed);
    }

    /** A copy with another training share. */
    public PlaygroundSettings withTrainPercent(int value) {
        return new PlaygroundSettings(shape, noise, value, features, hiddenLayers, activation,
                learningRate, penalty, penaltyRate, batchSize, seed);
    }

    /** A copy with other features. */
    public PlaygroundSettings withFeatures(Set<PlaygroundFeature> value) {
        return new PlaygroundSettings(shape, noise, trainPercent, value, hiddenLayers, activation,
                learningRate, penalty, penaltyRate, batchSize, seed);
    }

    /** A copy with other hidden layers. */
    public PlaygroundSettings withHiddenLayers(List<Integer> value) {
        return new PlaygroundSettings(shape, noise, trainPercent, features, value, activation,
                learningRate, penalty, penaltyRate, batchSize, seed);
    }

    /** A copy with another activation. */
    public PlaygroundSettings withActivation(Activation value) {
        return new PlaygroundSettings(shape, noise, trainPercent, features, hiddenLayers, value,
                learningRate, penalty, penaltyRate, batchSize, seed);
    }

    /** A copy with another learning rate. */
    public PlaygroundSettings withLearningRate(double value) {
        return new PlaygroundSettings(shape, noise, trainPercent, features, hiddenLayers, activation,
                value, penalty, penaltyRate, batchSize, seed);
    }

    /** A copy with another penalty and rate. */
    public PlaygroundSettings withPenalty(Penalty value, double rate) {
        return new PlaygroundSettings(shape, noise, trainPercent, features, hiddenLayers, activation,
                learningRate, value, rate, batchSize, seed);
    }

    /** A copy with another batch size. */
    public PlaygroundSettings withBatchSize(int value) {
        return new PlaygroundSettings(shape, noise, trainPercent, features, hiddenLayers, activation,
                learningRate, penalty, penaltyRate, value, seed);
    }

    /** A copy with another seed. */
    public PlaygroundSettings withSeed(long value) {
        return new PlaygroundSettings(shape, noise, trainPercent, features, hiddenLayers, activation,
                learningRate, penalty, penaltyRate, batchSize, value);
    }
}

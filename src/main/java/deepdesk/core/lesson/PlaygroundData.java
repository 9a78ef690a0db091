package deepdesk.core.lesson;

import deepdesk.core.training.TrainingData;
import java.util.List;
import java.util.Objects;

/**
 * The Playground's points as drawn and as trained on: each point's coordinates, its class or
 * value and whether it is a test point, and the same points turned into the chosen features.
 *
 * <p>Threading: immutable; the accessors return copies and the training data must not be
 * written into.
 *
 * @param x1             each point's first coordinate
 * @param x2             each point's second coordinate
 * @param classes        each point's class, 0 (negative) or 1 (positive); {@code null} for a
 *                       regression set
 * @param values         each point's target value; {@code null} for a classification set
 * @param test           whether each point is held out for testing
 * @param features       the features the network receives, in order
 * @param trainingData   the training points and, as validation, the test points
 */
public record PlaygroundData(float[] x1, float[] x2, int[] classes, float[] values, boolean[] test,
                             List<PlaygroundFeature> features, TrainingData trainingData) {

    /** Copies the arrays. */
    public PlaygroundData {
        x1 = x1.clone();
        x2 = x2.clone();
        classes = classes == null ? null : classes.clone();
        values = values == null ? null : values.clone();
        test = test.clone();
        features = List.copyOf(features);
        Objects.requireNonNull(trainingData, "trainingData");
    }

    /** Whether the points have classes rather than values. */
    public boolean isClassification() {
        return classes != null;
    }

    @Override
    public float[] x1() {
        return x1.clone();
    }

    @Override
    public float[] x2() {
        return x2.clone();
    }

    @Override
    public int[] classes() {
        return classes == null ? null : classes.clone();
    }

    @Override
    public float[] values() {
        return values == null ? null : values.clone();
    }

    @Override
    public boolean[] test() {
        return test.clone();
    }
}

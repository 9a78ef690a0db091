package deepdesk.core.lesson;

import deepdesk.core.prep.PreparedSplit;
import deepdesk.core.training.TrainingData;

/**
 * The points of the overfitting lesson: a few noisy training points and many validation points
 * from the same noisy curve, which show how well the fit carries over to points it never saw.
 *
 * <p>Threading: immutable; the accessors return copies.
 *
 * @param trainX      the training inputs
 * @param trainY      the training targets, curve plus noise
 * @param validationX the validation inputs
 * @param validationY the validation targets, curve plus noise
 */
public record OverfittingData(double[] trainX, double[] trainY, double[] validationX,
                              double[] validationY) {

    /** Copies the arrays and checks that inputs and targets pair up. */
    public OverfittingData {
        if (trainX.length != trainY.length || validationX.length != validationY.length) {
            throw new IllegalArgumentException("every input needs one target");
        }
        trainX = trainX.clone();
        trainY = trainY.clone();
        validationX = validationX.clone();
        validationY = validationY.clone();
    }

    @Override
    public double[] trainX() {
        return trainX.clone();
    }

    @Override
    public double[] trainY() {
        return trainY.clone();
    }

    @Override
    public double[] validationX() {
        return validationX.clone();
    }

    @Override
    public double[] validationY() {
        return validationY.clone();
    }

    /** The points as the training service takes them: one input, one regression target. */
    public TrainingData trainingData() {
        return new TrainingData(split(trainX, trainY), split(validationX, validationY));
    }

    private static PreparedSplit split(double[] xs, double[] ys) {
        float[] features = new float[xs.length];
        float[] targets = new float[ys.length];
        for (int i = 0; i < xs.length; i++) {
            features[i] = (float) xs[i];
            targets[i] = (float) ys[i];
        }
        return new PreparedSplit(features, xs.length, 1, targets, 1, null, 0);
    }
}

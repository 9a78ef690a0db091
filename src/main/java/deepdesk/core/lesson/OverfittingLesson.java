package deepdesk.core.lesson;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Network;
import deepdesk.core.model.Activation;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.RegularizationConfig;
import deepdesk.core.model.ScheduleConfig;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.TrainingConfig;
import java.util.List;
import java.util.Random;

/**
 * Lesson 4, overfitting and regularisation: generates the noisy points of a smooth curve, builds
 * the training run that fits them with a large network, and samples the fitted curve from a
 * copy of the network's weights with the engine's own forward pass.
 *
 * <p>Threading: stateless; any thread.
 */
public final class OverfittingLesson {

    /** The inputs lie in -EXTENT..EXTENT. */
    public static final double EXTENT = 1;
    /** Validation points: enough that the validation loss is a steady estimate. */
    public static final int VALIDATION_POINTS = 200;
    /** Epochs a run lasts unless early stopping ends it sooner. */
    public static final int MAX_EPOCHS = 1500;
    /** Adam's learning rate; high enough that a big network memorises the points quickly. */
    public static final double LEARNING_RATE = 0.01;

    private OverfittingLesson() {
    }

    /** The smooth curve under the noise: y = sin(3x). */
    public static double curve(double x) {
        return Math.sin(3 * x);
    }

    /** The training and validation points; the same settings give the same points. */
    public static OverfittingData data(OverfittingSettings settings) {
        Random random = new Random(settings.seed());
        double[] trainX = new double[settings.trainPoints()];
        double[] trainY = new double[trainX.length];
        for (int i = 0; i < trainX.length; i++) {
            trainX[i] = -EXTENT + 2 * EXTENT * random.nextDouble();
            trainY[i] = curve(trainX[i]) + settings.noise() * random.nextGaussian();
        }
        // decision: the validation points come from their own generator, so changing the number
        // of training points does not move them and the two curves stay comparable.
        Random held = new Random(settings.seed() * 31 + 17);
        double[] validationX = new double[VALIDATION_POINTS];
        double[] validationY = new double[VALIDATION_POINTS];
        for (int i = 0; i < VALIDATION_POINTS; i++) {
            validationX[i] = -EXTENT + 2 * EXTENT * held.nextDouble();
            validationY[i] = curve(validationX[i]) + settings.noise() * held.nextGaussian();
        }
        return new OverfittingData(trainX, trainY, validationX, validationY);
    }

    /** The network: one input, two hidden tanh layers of the chosen size with dropout, one output. */
    public static ModelSpec model(OverfittingSettings settings) {
        LayerSpec layer = new LayerSpec(settings.hiddenUnits(), Activation.TANH, settings.dropout());
        return ModelSpec.forRegression(1, 1, List.of(layer, layer));
    }

    /**
     * The run: Adam at {@link #LEARNING_RATE} on the whole training set per step, the chosen L2
     * and early stopping, at most {@link #MAX_EPOCHS} epochs.
     */
    public static TrainingConfig config(OverfittingSettings settings) {
        EarlyStopping stopping = settings.earlyStopping()
                ? new EarlyStopping(settings.patience(), 0) : EarlyStopping.OFF;
        // decision: the Java backend, as a few points never make a batch big enough for ND4J
        // to pay off.
        return new TrainingConfig(model(settings), OptimizerConfig.adam(LEARNING_RATE),
                ScheduleConfig.constant(), new RegularizationConfig(0, settings.l2(), 0),
                settings.trainPoints(), MAX_EPOCHS, 0, stopping, settings.seed(), BackendKind.JAVA, 0);
    }

    /**
     * What the network predicts at {@code points} evenly spaced inputs across -EXTENT..EXTENT.
     *
     * @param spec    the network
     * @param weights its parameters, as a prediction snapshot hands them out
     * @return {inputs, predictions}
     */
    public static float[][] fittedCurve(ModelSpec spec, float[] weights, int points) {
        float[] xs = new float[points];
        for (int i = 0; i < points; i++) {
            xs[i] = (float) (-EXTENT + 2 * EXTENT * i / (points - 1));
        }
        Network network = Network.create(spec, BackendKind.JAVA, points, 0);
        network.setParameters(weights);
        float[] ys = new float[points * spec.outputWidth()];
        network.predict(xs, points, ys);
        return new float[][] {xs, ys};
    }
}

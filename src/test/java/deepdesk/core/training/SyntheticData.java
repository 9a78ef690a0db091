package deepdesk.core.training;

import deepdesk.core.engine.RandomSource;
import deepdesk.core.model.Activation;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.prep.PreparedSplit;

import java.util.List;

/** Small seeded data sets built by hand for the training tests. */
final class SyntheticData {

    private SyntheticData() {
    }

    /** {@code classes} Gaussian blobs in two dimensions, centres on a circle of radius 3. */
    static PreparedSplit blobs(int classes, int rows, long seed) {
        RandomSource random = new RandomSource(seed);
        float[] x = new float[rows * 2];
        float[] y = new float[rows];
        int[] labels = new int[rows];
        for (int r = 0; r < rows; r++) {
            int c = r % classes;
            double angle = 2 * Math.PI * c / classes;
            x[2 * r] = (float) (3 * Math.cos(angle) + random.nextGaussian());
            x[2 * r + 1] = (float) (3 * Math.sin(angle) + random.nextGaussian());
            y[r] = c;
            labels[r] = c;
        }
        return new PreparedSplit(x, rows, 2, y, 1, labels, classes);
    }

    /** {@code y = 2 x0 - x1 + 0.5 x2 + noise} with standard normal inputs. */
    static PreparedSplit linear(int rows, double noise, long seed) {
        RandomSource random = new RandomSource(seed);
        float[] x = new float[rows * 3];
        float[] y = new float[rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 3; c++) {
                x[3 * r + c] = (float) random.nextGaussian();
            }
            y[r] = (float) (2 * x[3 * r] - x[3 * r + 1] + 0.5 * x[3 * r + 2] + noise * random.nextGaussian());
        }
        return new PreparedSplit(x, rows, 3, y, 1, null, 0);
    }

    /** Two classes whose labels are coin flips: nothing to learn, everything to overfit. */
    static PreparedSplit randomLabels(int rows, int width, long seed) {
        RandomSource random = new RandomSource(seed);
        float[] x = new float[rows * width];
        float[] y = new float[rows];
        int[] labels = new int[rows];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        for (int r = 0; r < rows; r++) {
            labels[r] = random.nextInt(2);
            y[r] = labels[r];
        }
        return new PreparedSplit(x, rows, width, y, 1, labels, 2);
    }

    /** A classifier for {@code width} inputs with the given hidden ReLU layers. */
    static ModelSpec classifier(int width, int classes, int... hidden) {
        return ModelSpec.forClassification(width, classes, layers(hidden));
    }

    /** A regression network for {@code width} inputs with the given hidden ReLU layers. */
    static ModelSpec regressor(int width, int... hidden) {
        return ModelSpec.forRegression(width, 1, layers(hidden));
    }

    private static List<LayerSpec> layers(int... units) {
        return java.util.Arrays.stream(units).mapToObj(u -> LayerSpec.of(u, Activation.RELU)).toList();
    }
}

package deepdesk.core.prep;

import java.util.Random;

/**
 * Training-time augmentation: adds Gaussian noise to the continuous (scaled) features of a
 * training batch, leaving one-hot columns alone. Never applied to validation or test data.
 *
 * <p>Threading: immutable; {@link #addTo} is called on the training thread with that thread's
 * own {@link Random}.
 */
public final class TrainingNoise {

    private final double std;
    private final boolean[] continuous;

    /**
     * Creates the augmentation.
     *
     * @param std        the noise standard deviation in scaled units; 0 turns it off
     * @param continuous per feature, whether noise is added to it
     */
    public TrainingNoise(double std, boolean[] continuous) {
        if (!(std >= 0)) {
            throw new IllegalArgumentException("the noise standard deviation must be 0 or more");
        }
        this.std = std;
        this.continuous = continuous.clone();
    }

    /** The augmentation the settings ask for, for the features of a fitted pipeline. */
    public static TrainingNoise of(PreparationSettings settings, FittedPipeline pipeline) {
        return new TrainingNoise(settings.noiseStd(), pipeline.continuousFeatures());
    }

    /** Whether it adds anything. */
    public boolean enabled() {
        return std > 0;
    }

    /**
     * Adds noise in place to the first {@code rows} rows of a row-major batch.
     *
     * @param batch  {@code rows * width} features, {@code width} as given at construction
     * @param random the source of noise
     */
    public void addTo(float[] batch, int rows, Random random) {
        if (!enabled()) {
            return;
        }
        int width = continuous.length;
        for (int r = 0; r < rows; r++) {
            int base = r * width;
            for (int j = 0; j < width; j++) {
                if (continuous[j]) {
                    batch[base + j] += (float) (random.nextGaussian() * std);
                }
            }
        }
    }
}

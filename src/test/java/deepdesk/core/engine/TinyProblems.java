package deepdesk.core.engine;

/** Small synthetic data sets for engine tests, generated from a seed. */
final class TinyProblems {

    final float[] features;
    final float[] targets;
    final int rows;
    final int width;

    private TinyProblems(float[] features, float[] targets, int rows, int width) {
        this.features = features;
        this.targets = targets;
        this.rows = rows;
        this.width = width;
    }

    /** Two features in [-1, 1]; target 1 when their signs agree, else 0 (or -1 with {@code signed}). */
    static TinyProblems xor(int rows, long seed, boolean signed) {
        RandomSource rng = new RandomSource(seed);
        float[] x = new float[rows * 2];
        float[] y = new float[rows];
        for (int r = 0; r < rows; r++) {
            float a = (float) (2 * rng.nextDouble() - 1);
            float b = (float) (2 * rng.nextDouble() - 1);
            x[2 * r] = a;
            x[2 * r + 1] = b;
            boolean same = a * b > 0;
            y[r] = same ? 1f : (signed ? -1f : 0f);
        }
        return new TinyProblems(x, y, rows, 2);
    }

    /** {@code width} features; class = index of the largest of the first {@code classes} features. */
    static TinyProblems argmax(int rows, int width, int classes, long seed) {
        RandomSource rng = new RandomSource(seed);
        float[] x = new float[rows * width];
        float[] y = new float[rows];
        for (int r = 0; r < rows; r++) {
            int best = 0;
            for (int j = 0; j < width; j++) {
                x[r * width + j] = (float) rng.nextGaussian();
                if (j < classes && x[r * width + j] > x[r * width + best]) {
                    best = j;
                }
            }
            y[r] = best;
        }
        return new TinyProblems(x, y, rows, width);
    }

    /** {@code width} features; {@code targets} linear combinations of them plus a little noise. */
    static TinyProblems linear(int rows, int width, int targets, long seed) {
        RandomSource rng = new RandomSource(seed);
        float[] x = new float[rows * width];
        float[] y = new float[rows * targets];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < width; j++) {
                x[r * width + j] = (float) rng.nextGaussian();
            }
            for (int t = 0; t < targets; t++) {
                double v = 0.1 * rng.nextGaussian() + t;
                for (int j = 0; j < width; j++) {
                    v += x[r * width + j] * ((j + t) % 3 - 1) * 0.7;
                }
                y[r * targets + t] = (float) v;
            }
        }
        return new TinyProblems(x, y, rows, width);
    }
}

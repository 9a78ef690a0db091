package deepdesk.ui.builder;

import deepdesk.core.prep.FittedPipeline;
import deepdesk.core.prep.InputEncoding;
import deepdesk.core.prep.InputKind;
import deepdesk.core.prep.PreparedData;
import deepdesk.core.prep.PreparedSplit;
import deepdesk.core.prep.Scaling;
import deepdesk.core.prep.TaskKind;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * What the analyser needs to know about the prepared data, measured once per preparation so that
 * each edit of the network is analysed without touching the rows again.
 *
 * <p>Threading: immutable (the arrays are never written after construction).
 *
 * @param shape              inputs and outputs the network needs
 * @param targetName         the target column
 * @param trainRows          rows in the training split
 * @param validationRows     rows in the validation split
 * @param scaling            how numeric inputs were scaled
 * @param inputColumns       raw input columns
 * @param categoricalColumns how many of them are categorical
 * @param oneHotFeatures     features the categorical columns became
 * @param derivedFeatures    derived features (squares, products, sines)
 * @param continuous         per feature, whether it is a continuous number rather than a 0/1 column
 * @param low                per feature, the smallest training value seen
 * @param high               per feature, the largest training value seen
 * @param wholeTargetValues  for a single regression target whose values are all whole numbers,
 *                           how many distinct values it has (counting stops above
 *                           {@link #FEW_VALUES}); otherwise 0
 */
record DataProfile(TaskShape shape, String targetName, int trainRows, int validationRows, Scaling scaling,
                   int inputColumns, int categoricalColumns, int oneHotFeatures, int derivedFeatures,
                   boolean[] continuous, double[] low, double[] high, int wholeTargetValues) {

    /** A regression target with at most this many whole values looks like classes. */
    static final int FEW_VALUES = 10;
    /** Rows looked at for the value ranges: enough to see the scale, cheap on large data. */
    private static final int SAMPLE_ROWS = 20_000;

    /** Measures {@code data}. */
    static DataProfile of(PreparedData data) {
        FittedPipeline pipeline = data.pipeline();
        int categorical = 0;
        int oneHot = 0;
        for (InputEncoding input : pipeline.inputs()) {
            if (input.kind() == InputKind.CATEGORICAL) {
                categorical++;
                oneHot += input.width();
            }
        }
        PreparedSplit train = data.train();
        int width = train.width();
        double[] low = new double[width];
        double[] high = new double[width];
        Arrays.fill(low, Double.POSITIVE_INFINITY);
        Arrays.fill(high, Double.NEGATIVE_INFINITY);
        int step = Math.max(1, train.rows() / SAMPLE_ROWS);
        float[] features = train.features();
        for (int r = 0; r < train.rows(); r += step) {
            for (int j = 0; j < width; j++) {
                double v = features[r * width + j];
                low[j] = Math.min(low[j], v);
                high[j] = Math.max(high[j], v);
            }
        }
        return new DataProfile(TaskShape.of(data), data.targetName(), train.rows(), data.validation().rows(),
                pipeline.scaling(), pipeline.inputs().size(), categorical, oneHot, pipeline.derived().size(),
                pipeline.continuousFeatures(), low, high, wholeTargetValues(data));
    }

    private static int wholeTargetValues(PreparedData data) {
        PreparedSplit train = data.train();
        if (data.task() != TaskKind.REGRESSION || train.targetWidth() != 1) {
            return 0;
        }
        Set<Float> seen = new HashSet<>();
        for (int r = 0; r < train.rows(); r++) {
            float t = train.targets()[r];
            if (t != Math.rint(t)) {
                return 0;
            }
            seen.add(t);
            if (seen.size() > FEW_VALUES) {
                return 0;
            }
        }
        return seen.size();
    }
}

package deepdesk.core.lesson;

import deepdesk.core.data.CategoricalColumn;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import deepdesk.core.data.synthetic.SyntheticSettings;
import deepdesk.core.data.synthetic.SyntheticShape;
import deepdesk.core.engine.BackendKind;
import deepdesk.core.model.LayerSpec;
import deepdesk.core.model.ModelSpec;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.model.RegularizationConfig;
import deepdesk.core.model.ScheduleConfig;
import deepdesk.core.prep.PreparedSplit;
import deepdesk.core.training.EarlyStopping;
import deepdesk.core.training.TrainingConfig;
import deepdesk.core.training.TrainingData;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lesson 5, the Playground: turns the user's choices into the points of a two-input synthetic
 * dataset, the chosen derived features, and a training run on the real engine and training
 * service: plain gradient descent as in TensorFlow Playground, a sigmoid output with
 * cross-entropy for classes and a linear output with squared error for values.
 *
 * <p>Threading: stateless; any thread.
 */
public final class PlaygroundLesson {

    /** Points per dataset, as in TensorFlow Playground. */
    public static final int POINTS = 500;
    /** The plane shown and sampled covers -EXTENT..EXTENT on both axes. */
    public static final double EXTENT = 6;
    /** A run goes on until it is paused or replaced; this only bounds it. */
    public static final int MAX_EPOCHS = 1_000_000;

    private PlaygroundLesson() {
    }

    /** The points, split and turned into features; the same settings give the same data. */
    public static PlaygroundData data(PlaygroundSettings settings) {
        Dataset dataset = settings.shape().generate(
                new SyntheticSettings(POINTS, settings.noise(), settings.seed()));
        NumericColumn first = (NumericColumn) dataset.column("x1").orElseThrow();
        NumericColumn second = (NumericColumn) dataset.column("x2").orElseThrow();
        int n = dataset.rowCount();
        float[] x1 = new float[n];
        float[] x2 = new float[n];
        for (int i = 0; i < n; i++) {
            x1[i] = (float) first.value(i);
            x2[i] = (float) second.value(i);
        }
        boolean classification = settings.shape().isClassification();
        int[] classes = null;
        float[] values = null;
        if (classification) {
            CategoricalColumn label = (CategoricalColumn) dataset.column(SyntheticShape.LABEL).orElseThrow();
            classes = new int[n];
            for (int i = 0; i < n; i++) {
                classes[i] = label.code(i);
            }
        } else {
            NumericColumn target = (NumericColumn) dataset.column(SyntheticShape.TARGET).orElseThrow();
            values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = (float) target.value(i);
            }
        }
        int[] order = shuffled(n, new Random(settings.seed() * 7919 + 1));
        int trainCount = Math.max(1, Math.min(n - 1, Math.round(n * settings.trainPercent() / 100f)));
        boolean[] test = new boolean[n];
        for (int k = trainCount; k < n; k++) {
            test[order[k]] = true;
        }
        List<PlaygroundFeature> features = settings.orderedFeatures();
        PreparedSplit train = split(order, 0, trainCount, x1, x2, classes, values, features);
        PreparedSplit held = split(order, trainCount, n, x1, x2, classes, values, features);
        return new PlaygroundData(x1, x2, classes, values, test, features,
                new TrainingData(train, held));
    }

    /** The network for the settings and the number of features. */
    public static ModelSpec model(PlaygroundSettings settings) {
        List<LayerSpec> hidden = new ArrayList<>();
        for (int neurons : settings.hiddenLayers()) {
            hidden.add(LayerSpec.of(neurons, settings.activation()));
        }
        int inputs = settings.features().size();
        return settings.shape().isClassification()
                ? ModelSpec.forClassification(inputs, 2, hidden)
                : ModelSpec.forRegression(inputs, 1, hidden);
    }

    /** The run: plain SGD at the chosen rate with the chosen penalty and batch, no early stop. */
    public static TrainingConfig config(PlaygroundSettings settings) {
        RegularizationConfig penalty = switch (settings.penalty()) {
            case NONE -> RegularizationConfig.NONE;
            case L1 -> new RegularizationConfig(settings.penaltyRate(), 0, 0);
            case L2 -> new RegularizationConfig(0, settings.penaltyRate(), 0);
        };
        // decision: the Java backend: Playground's networks of at most 8 neurons per layer are
        // far below the size where ND4J pays off.
        return new TrainingConfig(model(settings), OptimizerConfig.sgd(settings.learningRate()),
                ScheduleConfig.constant(), penalty, settings.batchSize(), MAX_EPOCHS, 0,
                EarlyStopping.OFF, settings.seed(), BackendKind.JAVA, 0);
    }

    private static PreparedSplit split(int[] order, int from, int to, float[] x1, float[] x2,
                                       int[] classes, float[] values,
                                       List<PlaygroundFeature> features) {
        int rows = to - from;
        int width = features.size();
        float[] x = new float[rows * width];
        float[] y = new float[rows];
        int[] labels = classes == null ? null : new int[rows];
        for (int r = 0; r < rows; r++) {
            int i = order[from + r];
            for (int f = 0; f < width; f++) {
                x[r * width + f] = (float) features.get(f).compute(x1[i], x2[i]);
            }
            if (classes != null) {
                labels[r] = classes[i];
                y[r] = classes[i];
            } else {
                y[r] = values[i];
            }
        }
        return new PreparedSplit(x, rows, width, y, 1, labels, classes == null ? 0 : 2);
    }

    private static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}

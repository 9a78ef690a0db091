package deepdesk.core.prep;

import deepdesk.core.data.CategoricalColumn;
import deepdesk.core.data.Column;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static deepdesk.core.prep.TestColumns.categorical;
import static deepdesk.core.prep.TestColumns.dataset;
import static deepdesk.core.prep.TestColumns.numeric;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreparationTest {

    private static final String[] COLOURS = {"red", "green", "blue"};

    /**
     * 1,000 rows: numeric {@code a}, numeric {@code b} (every 17th missing), categorical
     * {@code colour} (every 23rd missing) and a class target with shares 60/30/10.
     */
    private static Dataset threeClasses(long seed) {
        Random random = new Random(seed);
        int n = 1000;
        double[] a = new double[n];
        double[] b = new double[n];
        String[] colour = new String[n];
        String[] kind = new String[n];
        for (int i = 0; i < n; i++) {
            int c = i % 10 < 6 ? 0 : i % 10 < 9 ? 1 : 2;
            kind[i] = "k" + c;
            a[i] = 10 + 3 * c + random.nextGaussian();
            b[i] = i % 17 == 0 ? Double.NaN : 100 * random.nextDouble();
            colour[i] = i % 23 == 0 ? null : COLOURS[random.nextInt(3)];
        }
        return dataset(numeric("a", a), numeric("b", b), categorical("colour", colour),
                categorical("kind", kind));
    }

    private static PreparedData prepare(Dataset data, PreparationSettings settings) {
        return Preparation.prepare(data, DatasetRoles.suggest(data, "kind"), settings);
    }

    @Test
    void validationAndTestRowsDoNotInfluenceTheFittedPipeline() {
        Dataset data = threeClasses(7);
        PreparationSettings settings = PreparationSettings.defaults();
        PreparedData before = prepare(data, settings);

        Set<Integer> heldOut = new HashSet<>();
        Arrays.stream(before.rows().validation()).forEach(heldOut::add);
        Arrays.stream(before.rows().test()).forEach(heldOut::add);
        double[] a = ((NumericColumn) data.column(0)).toArray();
        double[] b = ((NumericColumn) data.column(1)).toArray();
        String[] colour = new String[data.rowCount()];
        for (int row = 0; row < data.rowCount(); row++) {
            colour[row] = ((CategoricalColumn) data.column(2)).value(row);
            if (heldOut.contains(row)) {
                a[row] = a[row] * 1000 + 5e6;
                b[row] = row % 2 == 0 ? Double.NaN : -1e9;
                colour[row] = "never-seen-in-training";
            }
        }
        Dataset changed = dataset(numeric("a", a), numeric("b", b),
                categorical("colour", colour), data.column(3));
        PreparedData after = prepare(changed, settings);

        assertArrayEquals(before.rows().train(), after.rows().train());
        assertEquals(before.pipeline(), after.pipeline(),
                "means, stds, fill values and categories come from the training rows only");
        assertArrayEquals(before.train().features(), after.train().features());
        assertFalse(Arrays.equals(before.test().features(), after.test().features()),
                "the changed test rows do change the test features");
    }

    @Test
    void anotherPipelineCanPrepareTheSameRows() {
        Dataset data = threeClasses(7);
        PreparedData local = prepare(data, PreparationSettings.defaults().withSeed(1));
        FittedPipeline other = prepare(data, PreparationSettings.defaults().withSeed(2)).pipeline();

        PreparedData moved = local.withPipeline(other, data);

        assertSame(other, moved.pipeline());
        assertSame(local.rows(), moved.rows());
        assertArrayEquals(other.toSplit(data, local.rows().test()).features(), moved.test().features());
        assertArrayEquals(other.toSplit(data, local.rows().train()).features(), moved.train().features());
        assertFalse(Arrays.equals(local.test().features(), moved.test().features()),
                "a pipeline fitted on other rows scales differently");
    }

    @Test
    void zScoreIsFittedOnTheTrainingSplit() {
        PreparedData prepared = prepare(threeClasses(3), PreparationSettings.defaults());
        PreparedSplit train = prepared.train();
        int a = prepared.featureNames().indexOf("a");
        double sum = 0;
        double sumSq = 0;
        for (int r = 0; r < train.rows(); r++) {
            double v = train.features()[r * train.width() + a];
            sum += v;
            sumSq += v * v;
        }
        double mean = sum / train.rows();
        assertEquals(0, mean, 1e-5);
        assertEquals(1, Math.sqrt(sumSq / train.rows() - mean * mean), 1e-4);
        assertEquals(List.of("a", "b"), prepared.featureNames().subList(0, 2));
        assertEquals(Set.of("colour=red", "colour=green", "colour=blue"),
                Set.copyOf(prepared.featureNames().subList(2, 5)));
    }

    @Test
    void minMaxMapsTheTrainingRangeOntoZeroToOne() {
        PreparedData prepared = prepare(threeClasses(3),
                PreparationSettings.defaults().withScaling(Scaling.MIN_MAX));
        PreparedSplit train = prepared.train();
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (int r = 0; r < train.rows(); r++) {
            float v = train.features()[r * train.width()];
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertEquals(0, min, 1e-6);
        assertEquals(1, max, 1e-6);
    }

    @Test
    void stratificationKeepsClassProportionsInEverySplit() {
        PreparedData prepared = prepare(threeClasses(11), PreparationSettings.defaults());

        assertEquals(List.of("k0", "k1", "k2"), prepared.classNames());
        assertEquals(700, prepared.train().rows());
        assertEquals(150, prepared.validation().rows());
        assertEquals(150, prepared.test().rows());
        double[] expected = {0.6, 0.3, 0.1};
        for (PreparedSplit split : List.of(prepared.train(), prepared.validation(),
                prepared.test())) {
            int[] counts = new int[3];
            for (int label : split.labels()) {
                counts[label]++;
            }
            for (int c = 0; c < 3; c++) {
                assertEquals(expected[c], counts[c] / (double) split.rows(), 1.0 / split.rows(),
                        "class " + c + " in a split of " + split.rows());
            }
        }
    }

    @Test
    void smallBalancedClassesSplitIntoTheAskedSizes() {
        String[] species = new String[150];
        double[] x = new double[150];
        for (int i = 0; i < 150; i++) {
            species[i] = "s" + i / 50;
            x[i] = i;
        }
        Dataset iris = dataset(numeric("x", x), categorical("species", species));

        PreparedData prepared = Preparation.prepare(iris, DatasetRoles.suggest(iris),
                PreparationSettings.defaults());

        assertEquals(105, prepared.train().rows());
        assertEquals(22.5, prepared.validation().rows(), 0.5);
        assertEquals(22.5, prepared.test().rows(), 0.5);
        for (PreparedSplit split : List.of(prepared.validation(), prepared.test())) {
            int[] counts = new int[3];
            for (int label : split.labels()) {
                counts[label]++;
            }
            for (int count : counts) {
                assertEquals(7.5, count, 0.5, "each species in " + Arrays.toString(counts));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        Dataset data = threeClasses(5);
        PreparationSettings settings = PreparationSettings.defaults().withSeed(123);

        RowSplit first = prepare(data, settings).rows();
        RowSplit again = prepare(data, settings).rows();
        RowSplit other = prepare(data, settings.withSeed(124)).rows();
        RowSplit plain = prepare(data, settings.withStratify(false)).rows();
        RowSplit plainAgain = prepare(data, settings.withStratify(false)).rows();

        assertArrayEquals(first.train(), again.train());
        assertArrayEquals(first.validation(), again.validation());
        assertArrayEquals(first.test(), again.test());
        assertFalse(Arrays.equals(first.test(), other.test()));
        assertArrayEquals(plain.test(), plainAgain.test());
        assertFalse(Arrays.equals(first.test(), plain.test()));
        int[] all = concat(first.train(), first.validation(), first.test());
        Arrays.sort(all);
        for (int i = 0; i < all.length; i++) {
            assertEquals(i, all[i], "every row in exactly one split");
        }
    }

    @Test
    void anUnseenCategoryIsEncodedAsAllZeros() {
        Dataset data = dataset(categorical("colour", "red", "green", "red", "green", "red",
                        "green", "red", "green", "red", "green"),
                numeric("y", 1, 2, 1, 2, 1, 2, 1, 2, 1, 2));
        DatasetRoles roles = DatasetRoles.suggest(data).withTask(TaskKind.REGRESSION);
        FittedPipeline pipeline = Preparation.prepare(data, roles,
                PreparationSettings.defaults().withSplit(100, 0, 0)).pipeline();

        assertEquals(List.of("colour=red", "colour=green"), pipeline.featureNames());
        assertArrayEquals(new float[] {0, 0}, pipeline.transformRaw(Map.of("colour", "purple")));
        assertArrayEquals(new float[] {0, 1}, pipeline.transformRaw(Map.of("colour", "green")));
        Dataset other = dataset(categorical("colour", "purple", "red"));
        assertArrayEquals(new float[] {0, 0, 1, 0}, pipeline.transform(other, new int[] {0, 1}));
    }

    @Test
    void eachMissingValueStrategyFillsFromTheTrainingRows() {
        double nan = Double.NaN;
        Dataset data = dataset(numeric("x", 1, 2, 2, 10, nan, 3),
                categorical("c", "p", "q", "q", null, "p", "q"),
                numeric("y", 1, 2, 3, 4, 5, 6));
        DatasetRoles roles = DatasetRoles.suggest(data, "y").withTask(TaskKind.REGRESSION);
        PreparationSettings all = PreparationSettings.defaults().withSplit(100, 0, 0)
                .withScaling(Scaling.NONE);

        assertEquals(3.6, fill(data, roles, all.withMissingValues(MissingValues.MEAN, 0)), 1e-6);
        assertEquals(2, fill(data, roles, all.withMissingValues(MissingValues.MEDIAN, 0)));
        assertEquals(2, fill(data, roles, all.withMissingValues(MissingValues.MOST_FREQUENT, 0)));
        assertEquals(-7, fill(data, roles, all.withMissingValues(MissingValues.CONSTANT, -7)));

        FittedPipeline mean = Preparation.prepare(data, roles,
                all.withMissingValues(MissingValues.MEAN, 0)).pipeline();
        assertArrayEquals(new float[] {3.6f, 0, 1}, mean.transformRaw(Map.of("x", "NA")),
                "a missing category gets the most frequent training category, q");
        FittedPipeline constant = Preparation.prepare(data, roles,
                all.withMissingValues(MissingValues.CONSTANT, -7)).pipeline();
        assertArrayEquals(new float[] {-7, 0, 0}, constant.transformRaw(Map.of()));

        PreparedData dropped = Preparation.prepare(data, roles,
                all.withMissingValues(MissingValues.DROP_ROWS, 0));
        assertEquals(2, dropped.droppedMissingInputs());
        assertEquals(4, dropped.train().rows());
        PreparationException error = assertThrows(PreparationException.class,
                () -> dropped.pipeline().transformRaw(Map.of("c", "p")));
        assertTrue(error.getMessage().contains("x is missing"), error.getMessage());
    }

    private static double fill(Dataset data, DatasetRoles roles, PreparationSettings settings) {
        PreparedData prepared = Preparation.prepare(data, roles, settings);
        assertEquals(0, prepared.droppedMissingInputs());
        int row = Arrays.asList(boxed(prepared.rows().train())).indexOf(4);
        return prepared.train().features()[row * prepared.train().width()];
    }

    @Test
    void rowsWithAMissingTargetAreAlwaysDroppedAndCounted() {
        double nan = Double.NaN;
        Dataset data = dataset(numeric("x", 1, 2, 3, 4, 5, 6, 7, 8),
                numeric("mpg", 18, nan, 15, nan, nan, 20.5, 21, 30));

        PreparedData prepared = Preparation.prepare(data, DatasetRoles.suggest(data, "mpg"),
                PreparationSettings.defaults().withSplit(100, 0, 0));

        assertEquals(3, prepared.droppedMissingTarget());
        assertEquals(0, prepared.droppedMissingInputs());
        assertEquals(5, prepared.train().rows());
        float[] targets = prepared.train().targets().clone();
        Arrays.sort(targets);
        assertArrayEquals(new float[] {15, 18, 20.5f, 21, 30}, targets,
                "regression targets are the raw numbers");
        assertEquals(null, prepared.train().labels());
    }

    @Test
    void derivedFeaturesFollowPlayground() {
        Dataset data = dataset(numeric("x1", 1, 2, -1, 0.5), numeric("x2", 3, -2, 0, 4),
                categorical("label", "a", "b", "a", "b"));
        PreparationSettings settings = PreparationSettings.defaults().withSplit(100, 0, 0)
                .withScaling(Scaling.NONE).withDerived(true, true, true);
        FittedPipeline pipeline = Preparation.prepare(data, DatasetRoles.suggest(data),
                settings).pipeline();

        assertEquals(List.of("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"),
                pipeline.featureNames());
        float[] f = pipeline.transformRaw(Map.of("x1", "2", "x2", "-3"));
        assertArrayEquals(new float[] {2, -3, 4, 9, -6, (float) Math.sin(2),
                (float) Math.sin(-3)}, f, 1e-6f);
    }

    @Test
    void aNumericTargetOfSmallIntegersGivesOrderedClasses() {
        double[] digit = new double[40];
        double[] x = new double[40];
        for (int i = 0; i < 40; i++) {
            digit[i] = (i * 7) % 4;
            x[i] = i;
        }
        Dataset data = dataset(numeric("x", x), numeric("digit", digit));
        PreparedData prepared = Preparation.prepare(data, DatasetRoles.suggest(data),
                PreparationSettings.defaults());

        assertEquals(TaskKind.CLASSIFICATION, prepared.task());
        assertEquals(List.of("0", "1", "2", "3"), prepared.classNames());
        assertEquals(4, prepared.train().classCount());
        for (int r = 0; r < prepared.train().rows(); r++) {
            int row = prepared.rows().train()[r];
            assertEquals((int) digit[row], prepared.train().labels()[r]);
            assertEquals(digit[row], prepared.train().targets()[r]);
        }
    }

    @Test
    void badPredictionInputNamesTheColumn() {
        Dataset data = threeClasses(1);
        FittedPipeline pipeline = prepare(data, PreparationSettings.defaults()).pipeline();

        PreparationException error = assertThrows(PreparationException.class,
                () -> pipeline.transformRaw(Map.of("a", "twelve")));
        assertTrue(error.getMessage().contains("a must be a number"), error.getMessage());
        PreparationException absent = assertThrows(PreparationException.class,
                () -> pipeline.transform(dataset(numeric("b", 1)), new int[] {0}));
        assertTrue(absent.getMessage().contains("no column a"), absent.getMessage());
    }

    @Test
    void aRegressionTargetThatIsNotANumberIsReported() {
        Dataset data = dataset(numeric("x", 1, 2, 3), categorical("y", "1", "two", "3"));
        DatasetRoles roles = DatasetRoles.suggest(data).withTask(TaskKind.REGRESSION);

        PreparationException error = assertThrows(PreparationException.class,
                () -> Preparation.prepare(data, roles, PreparationSettings.defaults()));
        assertTrue(error.getMessage().contains("row 2"), error.getMessage());
    }

    @Test
    void trainingNoiseTouchesOnlyContinuousFeatures() {
        Dataset data = threeClasses(2);
        PreparationSettings settings = PreparationSettings.defaults().withNoiseStd(0.5);
        PreparedData prepared = prepare(data, settings);
        TrainingNoise noise = TrainingNoise.of(settings, prepared.pipeline());
        float[] batch = prepared.train().features().clone();
        int rows = prepared.train().rows();
        int width = prepared.train().width();

        noise.addTo(batch, rows, new Random(9));

        boolean[] continuous = prepared.pipeline().continuousFeatures();
        assertArrayEquals(new boolean[] {true, true, false, false, false}, continuous);
        for (int j = 0; j < width; j++) {
            double sumSq = 0;
            for (int r = 0; r < rows; r++) {
                double d = batch[r * width + j] - prepared.train().features()[r * width + j];
                sumSq += d * d;
            }
            double std = Math.sqrt(sumSq / rows);
            if (continuous[j]) {
                assertEquals(0.5, std, 0.05);
            } else {
                assertEquals(0, std);
            }
        }
        assertFalse(TrainingNoise.of(PreparationSettings.defaults(), prepared.pipeline())
                .enabled());
    }

    @Test
    void aPipelineAppliesToAColumnStoredTheOtherWay() {
        Dataset data = dataset(numeric("x", 1, 2, 3, 4, 5, 6), numeric("y", 2, 4, 6, 8, 10, 12));
        DatasetRoles roles = DatasetRoles.suggest(data, "y");
        FittedPipeline pipeline = Preparation.prepare(data, roles,
                PreparationSettings.defaults().withSplit(100, 0, 0)).pipeline();
        Column asText = categorical("x", "1", "6");

        float[] fromText = pipeline.transform(dataset(asText), new int[] {0, 1});

        assertArrayEquals(pipeline.transformRaw(List.of(Map.of("x", "1"), Map.of("x", "6"))),
                fromText);
    }

    @Test
    void datasetRowsAndRawTextRowsGiveTheSameFeatures() {
        Dataset data = threeClasses(4);
        PreparationSettings settings = PreparationSettings.defaults().withDerived(true, true,
                true).withMissingValues(MissingValues.MEDIAN, 0);
        PreparedData prepared = prepare(data, settings);
        int[] rows = prepared.rows().test();
        List<Map<String, String>> raw = new ArrayList<>();
        for (int row : rows) {
            Map<String, String> cells = new HashMap<>();
            for (Column column : data.columns()) {
                cells.put(column.name(), column.format(row));
            }
            raw.add(cells);
        }

        float[] fromDataset = prepared.pipeline().transform(data, rows);
        float[] fromText = prepared.pipeline().transformRaw(raw);

        assertEquals(rows.length * 10, fromDataset.length,
                "a, b, 3 colours, a², b², a·b, sin a, sin b");
        assertArrayEquals(fromDataset, fromText, 1e-5f);
        assertArrayEquals(prepared.test().features(), fromDataset);
    }

    private static int[] concat(int[]... parts) {
        return Arrays.stream(parts).flatMapToInt(Arrays::stream).toArray();
    }

    private static Integer[] boxed(int[] values) {
        return Arrays.stream(values).boxed().toArray(Integer[]::new);
    }
}

package deepdesk.core.prep;

import java.util.Arrays;
import java.util.Random;

/**
 * Which rows of a dataset went to training, validation and test.
 *
 * <p>Threading: immutable; the accessors return copies.
 *
 * @param train      row indices of the training split, in the order the split holds them
 * @param validation row indices of the validation split
 * @param test       row indices of the test split
 */
public record RowSplit(int[] train, int[] validation, int[] test) {

    /** Copies the arrays. */
    public RowSplit {
        train = train.clone();
        validation = validation.clone();
        test = test.clone();
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] validation() {
        return validation.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }

    /**
     * Splits rows at random, seeded, optionally keeping class proportions.
     *
     * @param rows     the row indices to split
     * @param classes  per entry of {@code rows} its class index, to stratify; {@code null} for
     *                 a plain random split
     * @param settings the percentages and the seed
     */
    public static RowSplit of(int[] rows, int[] classes, PreparationSettings settings) {
        Random random = new Random(settings.seed());
        if (classes == null) {
            int[] shuffled = rows.clone();
            shuffle(shuffled, random);
            int[] counts = counts(shuffled.length, settings);
            return new RowSplit(Arrays.copyOfRange(shuffled, 0, counts[0]),
                    Arrays.copyOfRange(shuffled, counts[0], counts[0] + counts[1]),
                    Arrays.copyOfRange(shuffled, counts[0] + counts[1], shuffled.length));
        }
        int classCount = Arrays.stream(classes).max().orElse(-1) + 1;
        int[][] byClass = new int[classCount][];
        int[] sizes = new int[classCount];
        for (int c : classes) {
            sizes[c]++;
        }
        for (int c = 0; c < classCount; c++) {
            byClass[c] = new int[sizes[c]];
        }
        int[] fill = new int[classCount];
        for (int i = 0; i < rows.length; i++) {
            byClass[classes[i]][fill[classes[i]]++] = rows[i];
        }
        int[] train = new int[rows.length];
        int[] validation = new int[rows.length];
        int[] test = new int[rows.length];
        int nTrain = 0;
        int nValidation = 0;
        int nTest = 0;
        // decision: counts per class are rounded cumulatively (each class gets the difference of
        // the rounded running totals), so the splits' sizes match the percentages of all rows
        // and no split collects every class's rounding-up.
        double[] exactSoFar = new double[2];
        int[] roundedSoFar = new int[2];
        for (int[] group : byClass) {
            shuffle(group, random);
            int[] counts = new int[3];
            for (int s = 0; s < 2; s++) {
                int percent = s == 0 ? settings.trainPercent() : settings.validationPercent();
                exactSoFar[s] += group.length * percent / 100.0;
                int rounded = (int) Math.round(exactSoFar[s]);
                counts[s] = rounded - roundedSoFar[s];
                roundedSoFar[s] = rounded;
            }
            if (settings.testPercent() == 0) {
                counts[1] = group.length - counts[0];
            }
            counts[0] = Math.min(counts[0], group.length);
            counts[1] = Math.max(0, Math.min(counts[1], group.length - counts[0]));
            counts[2] = group.length - counts[0] - counts[1];
            System.arraycopy(group, 0, train, nTrain, counts[0]);
            nTrain += counts[0];
            System.arraycopy(group, counts[0], validation, nValidation, counts[1]);
            nValidation += counts[1];
            System.arraycopy(group, counts[0] + counts[1], test, nTest, counts[2]);
            nTest += counts[2];
        }
        // mix the classes, so that a split read in order is not sorted by class
        int[] trainRows = Arrays.copyOf(train, nTrain);
        int[] validationRows = Arrays.copyOf(validation, nValidation);
        int[] testRows = Arrays.copyOf(test, nTest);
        shuffle(trainRows, random);
        shuffle(validationRows, random);
        shuffle(testRows, random);
        return new RowSplit(trainRows, validationRows, testRows);
    }

    /** Rows per split for {@code n} rows: rounded shares, the remainder going to test. */
    private static int[] counts(int n, PreparationSettings settings) {
        int train = (int) Math.round(n * settings.trainPercent() / 100.0);
        int validation = (int) Math.round(n * settings.validationPercent() / 100.0);
        if (settings.testPercent() == 0) {
            validation = n - train;
        }
        if (train + validation > n) {
            validation = n - train;
        }
        return new int[] {train, validation, n - train - validation};
    }

    private static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}

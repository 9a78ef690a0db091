package deepdesk.core.prep;

import deepdesk.core.data.Column;
import deepdesk.core.data.Dataset;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A preparation pipeline fitted on a training split: which columns it reads, how it fills
 * missing values, one-hot encodes, derives and scales them, and how it reads the target. It is
 * plain data (records, lists, arrays) so that it can be saved with a model and applied to new
 * rows at prediction time.
 *
 * <p>Features come in this order: each input column in column order (a numeric column gives one
 * feature, a categorical one a block of one-hot features), then the derived features. Feature
 * {@code j} is {@code (unscaled - offsets[j]) / divisors[j]}.
 *
 * <p>Threading: immutable; every method may be called from any thread.
 *
 * @param inputs        the input columns and how each becomes features
 * @param derived       the derived features (squares, products, sines), after the inputs
 * @param missingValues the strategy it was fitted with; under {@link MissingValues#DROP_ROWS}
 *                      a missing input cannot be transformed
 * @param scaling       the scaling it was fitted with
 * @param offsets       per feature, the value subtracted (training mean or minimum; 0 for
 *                      one-hot features and no scaling)
 * @param divisors      per feature, the positive value divided by (training standard deviation
 *                      or range; 1 for one-hot features, no scaling and constant features)
 * @param featureNames  per feature, its name: the column, {@code column=category}, or the
 *                      derived feature's name
 * @param target        how the target column is read
 */
public record FittedPipeline(List<InputEncoding> inputs, List<DerivedFeature> derived,
                             MissingValues missingValues, Scaling scaling, double[] offsets,
                             double[] divisors, List<String> featureNames,
                             TargetEncoding target) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException when the sizes do not agree
     */
    public FittedPipeline {
        inputs = List.copyOf(inputs);
        derived = List.copyOf(derived);
        Objects.requireNonNull(missingValues, "missingValues");
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(target, "target");
        offsets = offsets.clone();
        divisors = divisors.clone();
        featureNames = List.copyOf(featureNames);
        int width = derived.size();
        for (InputEncoding input : inputs) {
            width += input.width();
        }
        if (offsets.length != width || divisors.length != width || featureNames.size() != width) {
            throw new IllegalArgumentException("a pipeline of " + width + " features needs "
                    + width + " offsets, divisors and names");
        }
        for (double d : divisors) {
            if (!(d > 0)) {
                throw new IllegalArgumentException("divisors must be positive");
            }
        }
    }

    /** A copy of the offsets. */
    @Override
    public double[] offsets() {
        return offsets.clone();
    }

    /** A copy of the divisors. */
    @Override
    public double[] divisors() {
        return divisors.clone();
    }

    /** The number of features per row. */
    public int width() {
        return offsets.length;
    }

    /** The raw columns it reads, in order. */
    public List<String> inputColumns() {
        return inputs.stream().map(InputEncoding::column).toList();
    }

    /**
     * Per feature, whether it is a continuous number (a numeric input or a derived feature)
     * rather than a one-hot 0/1 column.
     */
    public boolean[] continuousFeatures() {
        boolean[] continuous = new boolean[width()];
        int at = 0;
        for (InputEncoding input : inputs) {
            if (input.kind() == InputKind.NUMERIC) {
                continuous[at] = true;
            }
            at += input.width();
        }
        Arrays.fill(continuous, at, continuous.length, true);
        return continuous;
    }

    /**
     * The features of some rows of a dataset that has (at least) the input columns, by name.
     *
     * @param rows the row indices to transform, in the order wanted
     * @return row-major, {@code rows.length * width()} values
     * @throws PreparationException when an input column is absent, a value cannot be read, or a
     *                              value is missing under {@link MissingValues#DROP_ROWS}
     */
    public float[] transform(Dataset dataset, int[] rows) {
        return new DatasetEncoder(this, dataset, rows).encode();
    }

    /**
     * The features and targets of some rows of a dataset that has the input and target columns.
     *
     * @throws PreparationException as {@link #transform}, and when a target is missing, is not
     *                              a number (regression) or is a class the pipeline does not
     *                              know (classification)
     */
    public PreparedSplit toSplit(Dataset dataset, int[] rows) {
        float[] features = transform(dataset, rows);
        Column column = dataset.column(target.column()).orElseThrow(
                () -> new PreparationException("the data has no target column "
                        + target.column()));
        ColumnReader reader = new ColumnReader(column);
        float[] targets = new float[rows.length];
        if (target.task() == TaskKind.REGRESSION) {
            // decision: regression targets stay in their own units, unscaled, so a prediction
            // needs no inverse transform and losses read in the user's units.
            for (int r = 0; r < rows.length; r++) {
                double v = reader.number(rows[r]);
                if (Double.isNaN(v)) {
                    throw missingTarget(rows[r]);
                }
                targets[r] = (float) v;
            }
            return new PreparedSplit(features, rows.length, width(), targets, 1, null, 0);
        }
        Map<String, Integer> classIndex = new HashMap<>();
        for (int c = 0; c < target.classNames().size(); c++) {
            classIndex.put(target.classNames().get(c), c);
        }
        int[] labels = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            String text = reader.text(rows[r]);
            if (text == null) {
                throw missingTarget(rows[r]);
            }
            Integer index = classIndex.get(text);
            if (index == null) {
                throw new PreparationException("row " + (rows[r] + 1) + ": class \"" + text
                        + "\" of " + target.column() + " is not one the model knows");
            }
            labels[r] = index;
            targets[r] = index;
        }
        return new PreparedSplit(features, rows.length, width(), targets, 1, labels,
                target.classCount());
    }

    /**
     * The features of one prediction input given as text keyed by column name. An absent or
     * empty value (or NA, N/A, null, NaN, ?, -) is missing and filled as in training; a
     * category not seen in training gives all zeros in its one-hot block.
     *
     * @throws PreparationException when a numeric input is not a number, or a value is missing
     *                              under {@link MissingValues#DROP_ROWS}
     */
    public float[] transformRaw(Map<String, String> row) {
        return transformRaw(List.of(row));
    }

    /**
     * The features of several prediction inputs, as {@link #transformRaw(Map)}.
     *
     * @return row-major, {@code rows.size() * width()} values
     */
    public float[] transformRaw(List<Map<String, String>> rows) {
        RawRowEncoder encoder = new RawRowEncoder(this);
        int width = width();
        float[] out = new float[rows.size() * width];
        for (int r = 0; r < rows.size(); r++) {
            String where = rows.size() == 1 ? "input" : "input " + (r + 1);
            encoder.encode(rows.get(r), where, out, r * width);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedPipeline p && inputs.equals(p.inputs)
                && derived.equals(p.derived) && missingValues == p.missingValues
                && scaling == p.scaling && Arrays.equals(offsets, p.offsets)
                && Arrays.equals(divisors, p.divisors) && featureNames.equals(p.featureNames)
                && target.equals(p.target);
    }

    @Override
    public int hashCode() {
        return Objects.hash(inputs, derived, missingValues, scaling, Arrays.hashCode(offsets),
                Arrays.hashCode(divisors), featureNames, target);
    }

    @Override
    public String toString() {
        return "FittedPipeline" + featureNames + " -> " + target;
    }

    private PreparationException missingTarget(int row) {
        return new PreparationException("row " + (row + 1) + ": the target " + target.column()
                + " is missing");
    }
}

package deepdesk.core.prep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one row of raw input values into the features of a {@link FittedPipeline}: impute,
 * one-hot, derive, scale.
 *
 * <p>Threading: confined to one thread (it owns a scratch buffer).
 */
final class RowEncoder {

    private final FittedPipeline pipeline;
    private final List<InputEncoding> inputs;
    private final List<Map<String, Integer>> categoryIndex;
    private final int[] firstFeature;
    private final double[] offsets;
    private final double[] divisors;
    private final double[] scratch;
    private final boolean dropMissing;

    RowEncoder(FittedPipeline pipeline) {
        this.pipeline = pipeline;
        this.inputs = pipeline.inputs();
        this.categoryIndex = new ArrayList<>();
        this.firstFeature = new int[inputs.size()];
        int position = 0;
        for (int i = 0; i < inputs.size(); i++) {
            InputEncoding input = inputs.get(i);
            Map<String, Integer> index = new HashMap<>();
            for (int c = 0; c < input.categories().size(); c++) {
                index.put(input.categories().get(c), c);
            }
            categoryIndex.add(index);
            firstFeature[i] = position;
            position += input.width();
        }
        this.offsets = pipeline.offsets();
        this.divisors = pipeline.divisors();
        this.scratch = new double[pipeline.width()];
        this.dropMissing = pipeline.missingValues() == MissingValues.DROP_ROWS;
    }

    /**
     * Encodes one row into {@code out[offset ..]}.
     *
     * @param numbers per input, its value when numeric (NaN when missing)
     * @param texts   per input, its text when categorical ({@code null} when missing)
     * @param where   names the row in error messages, such as "row 12"
     * @throws PreparationException when a value is missing and rows with missing values were
     *                              dropped in training, so no fill value applies
     */
    void encode(double[] numbers, String[] texts, String where, float[] out, int offset) {
        unscaled(numbers, texts, where, scratch);
        for (int j = 0; j < scratch.length; j++) {
            out[offset + j] = (float) ((scratch[j] - offsets[j]) / divisors[j]);
        }
    }

    /** The features before scaling, into {@code features}. */
    void unscaled(double[] numbers, String[] texts, String where, double[] features) {
        for (int i = 0; i < inputs.size(); i++) {
            InputEncoding input = inputs.get(i);
            int at = firstFeature[i];
            if (input.kind() == InputKind.NUMERIC) {
                double v = numbers[i];
                if (Double.isNaN(v)) {
                    requireFillable(input, where);
                    v = input.fill();
                }
                features[at] = v;
            } else {
                for (int c = 0; c < input.width(); c++) {
                    features[at + c] = 0;
                }
                String text = texts[i];
                int category;
                if (text == null) {
                    requireFillable(input, where);
                    category = input.fillCategory();
                } else {
                    category = categoryIndex.get(i).getOrDefault(text,
                            categoryIndex.get(i).getOrDefault(NumberText.canonical(text), -1));
                }
                if (category >= 0) {
                    features[at + category] = 1;
                }
            }
        }
        List<DerivedFeature> derived = pipeline.derived();
        int at = pipeline.width() - derived.size();
        for (DerivedFeature d : derived) {
            features[at++] = d.compute(features[d.first()], features[d.second()]);
        }
    }

    private void requireFillable(InputEncoding input, String where) {
        if (dropMissing) {
            throw new PreparationException(where + ": " + input.column() + " is missing, and"
                    + " the model was prepared by dropping rows with missing values");
        }
    }
}

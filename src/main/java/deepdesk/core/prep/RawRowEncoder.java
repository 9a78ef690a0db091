package deepdesk.core.prep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns prediction inputs, given as text keyed by column name, into the features of a
 * {@link FittedPipeline}: parse, impute, one-hot, derive, scale. Gives the same features as
 * {@link DatasetEncoder} does for the same values in a dataset.
 *
 * <p>Threading: confined to one thread (it owns a scratch buffer).
 */
final class RawRowEncoder {

    private final FittedPipeline pipeline;
    private final List<InputEncoding> inputs;
    private final List<CategoryIndex> categoryIndex = new ArrayList<>();
    private final int[] firstFeature;
    private final double[] offsets;
    private final double[] divisors;
    private final double[] unscaled;
    private final boolean dropMissing;

    RawRowEncoder(FittedPipeline pipeline) {
        this.pipeline = pipeline;
        this.inputs = pipeline.inputs();
        this.firstFeature = new int[inputs.size()];
        int position = 0;
        for (int i = 0; i < inputs.size(); i++) {
            InputEncoding input = inputs.get(i);
            categoryIndex.add(new CategoryIndex(input.categories()));
            firstFeature[i] = position;
            position += input.width();
        }
        this.offsets = pipeline.offsets();
        this.divisors = pipeline.divisors();
        this.unscaled = new double[pipeline.width()];
        this.dropMissing = pipeline.missingValues() == MissingValues.DROP_ROWS;
    }

    /**
     * Encodes one input row into {@code out[offset ..]}.
     *
     * @param row   text per column name; an absent value or a missing marker is missing
     * @param where names the row in error messages, such as "input" or "input 3"
     * @throws PreparationException when a numeric input is not a number, or a value is missing
     *                              and rows with missing values were dropped in training
     */
    void encode(Map<String, String> row, String where, float[] out, int offset) {
        for (int i = 0; i < inputs.size(); i++) {
            InputEncoding input = inputs.get(i);
            String text = row.get(input.column());
            boolean missing = NumberText.isMissing(text);
            if (missing && dropMissing) {
                throw new PreparationException(where + ": " + input.column() + " is missing,"
                        + " and the model was prepared by dropping rows with missing values");
            }
            int at = firstFeature[i];
            if (input.kind() == InputKind.NUMERIC) {
                double v = NumberText.parseOrNaN(text);
                if (!missing && Double.isNaN(v)) {
                    throw new PreparationException(where + ": " + input.column()
                            + " must be a number, not \"" + text + "\"");
                }
                unscaled[at] = missing ? input.fill() : v;
            } else {
                for (int c = 0; c < input.width(); c++) {
                    unscaled[at + c] = 0;
                }
                int category = missing ? input.fillCategory() : categoryIndex.get(i).of(text.trim());
                if (category >= 0) {
                    unscaled[at + category] = 1;
                }
            }
        }
        List<DerivedFeature> derived = pipeline.derived();
        int at = pipeline.width() - derived.size();
        for (DerivedFeature d : derived) {
            unscaled[at++] = d.compute(unscaled[d.first()], unscaled[d.second()]);
        }
        for (int j = 0; j < unscaled.length; j++) {
            out[offset + j] = (float) ((unscaled[j] - offsets[j]) / divisors[j]);
        }
    }
}

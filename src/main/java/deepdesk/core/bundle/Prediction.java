package deepdesk.core.bundle;

/**
 * The prediction for one input.
 *
 * <p>Threading: immutable (the accessors return copies).
 *
 * @param values        for regression, one value per target; empty for classification
 * @param label         for classification, the most probable class; null for regression
 * @param classIndex    for classification, the index of {@code label}; -1 for regression
 * @param probabilities for classification, the probability of each class in class order;
 *                      empty for regression
 */
public record Prediction(double[] values, String label, int classIndex, double[] probabilities) {

    /** Copies. */
    public Prediction {
        values = values.clone();
        probabilities = probabilities.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** Whether this is a class prediction. */
    public boolean isClassification() {
        return label != null;
    }
}

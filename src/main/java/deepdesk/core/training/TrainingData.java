package deepdesk.core.training;

import deepdesk.core.prep.PreparedSplit;

import java.util.Objects;

/**
 * The prepared splits a run trains and validates on.
 *
 * <p>Threading: immutable; the splits' arrays must not be written after this is built.
 *
 * @param train         the rows the weights are fitted to; at least one row
 * @param validation    the rows measured after each epoch and watched by early stopping; may
 *                      have no rows
 * @param noisyFeatures per feature, whether input noise may be added to it (continuous features
 *                      yes, one-hot columns no); {@code null} for every feature
 */
public record TrainingData(PreparedSplit train, PreparedSplit validation, boolean[] noisyFeatures) {

    /**
     * Validates that the splits fit together.
     *
     * @throws IllegalArgumentException when the training split is empty or the splits differ in
     *                                  width, task or class count
     */
    public TrainingData {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
        if (train.rows() < 1) {
            throw new IllegalArgumentException("the training split has no rows");
        }
        if (validation.rows() > 0 && (validation.width() != train.width()
                || validation.targetWidth() != train.targetWidth()
                || validation.isClassification() != train.isClassification()
                || validation.classCount() != train.classCount())) {
            throw new IllegalArgumentException("the validation split does not match the training split");
        }
        if (noisyFeatures != null) {
            if (noisyFeatures.length != train.width()) {
                throw new IllegalArgumentException("expected a noise flag for each of " + train.width()
                        + " features, got " + noisyFeatures.length);
            }
            noisyFeatures = noisyFeatures.clone();
        }
    }

    /** Splits where input noise may reach every feature. */
    public TrainingData(PreparedSplit train, PreparedSplit validation) {
        this(train, validation, null);
    }

    @Override
    public boolean[] noisyFeatures() {
        return noisyFeatures == null ? null : noisyFeatures.clone();
    }

    /** Whether input noise may be added to feature {@code feature}. */
    public boolean isNoisy(int feature) {
        return noisyFeatures == null || noisyFeatures[feature];
    }
}

package deepdesk.core.training;

import deepdesk.core.prep.PreparedSplit;

import java.util.Objects;

/**
 * The prepared splits a run trains and validates on.
 *
 * <p>Threading: immutable; the splits' arrays must not be written after this is built.
 *
 * @param train      the rows the weights are fitted to; at least one row
 * @param validation the rows measured after each epoch and watched by early stopping; may have
 *                   no rows
 */
public record TrainingData(PreparedSplit train, PreparedSplit validation) {

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
    }
}

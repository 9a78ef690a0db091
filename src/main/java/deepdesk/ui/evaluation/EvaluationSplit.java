package deepdesk.ui.evaluation;

import deepdesk.core.prep.PreparedData;
import deepdesk.core.prep.PreparedSplit;

/**
 * Which rows a model is judged on. The test split is the honest one: training never saw it and
 * no model was chosen by it.
 *
 * <p>Threading: immutable.
 */
public enum EvaluationSplit {
    /** The held-out rows, never used in training or model selection. */
    TEST("Test"),
    /** The rows that chose the best epoch. */
    VALIDATION("Validation"),
    /** The rows the weights were fitted on. */
    TRAINING("Training");

    private final String label;

    EvaluationSplit(String label) {
        this.label = label;
    }

    /** The prepared rows of this split. */
    public PreparedSplit of(PreparedData data) {
        return switch (this) {
            case TEST -> data.test();
            case VALIDATION -> data.validation();
            case TRAINING -> data.train();
        };
    }

    /** The dataset row index of each row of this split, in split order. */
    public int[] datasetRows(PreparedData data) {
        return switch (this) {
            case TEST -> data.rows().test();
            case VALIDATION -> data.rows().validation();
            case TRAINING -> data.rows().train();
        };
    }

    @Override
    public String toString() {
        return label;
    }
}

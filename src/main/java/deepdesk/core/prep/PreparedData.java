package deepdesk.core.prep;

import deepdesk.core.data.Dataset;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Preparation#prepare} produces: the three splits ready for the engine, the pipeline
 * fitted on the training split, and what the user should be told about dropped rows.
 *
 * <p>Threading: immutable (do not write into the splits' arrays).
 *
 * @param train                the training split
 * @param validation           the validation split (may have no rows)
 * @param test                 the test split (may have no rows)
 * @param pipeline             the pipeline fitted on the training rows
 * @param rows                 which dataset rows went to which split
 * @param droppedMissingTarget rows dropped because their target was missing
 * @param droppedMissingInputs rows dropped because an input was missing, under
 *                             {@link MissingValues#DROP_ROWS}; 0 otherwise
 */
public record PreparedData(PreparedSplit train, PreparedSplit validation, PreparedSplit test,
                           FittedPipeline pipeline, RowSplit rows, int droppedMissingTarget,
                           int droppedMissingInputs) {

    /** Checks for nulls. */
    public PreparedData {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(rows, "rows");
    }

    /**
     * The same rows of {@code dataset} prepared by another pipeline fitted on the same columns,
     * such as one fitted on a cluster with distributed statistics, so that a model trained there
     * is judged with the scaling it was trained with.
     *
     * @param other   the pipeline to apply
     * @param dataset the dataset these splits were prepared from
     */
    public PreparedData withPipeline(FittedPipeline other, Dataset dataset) {
        return new PreparedData(other.toSplit(dataset, rows.train()), other.toSplit(dataset, rows.validation()),
                other.toSplit(dataset, rows.test()), other, rows, droppedMissingTarget, droppedMissingInputs);
    }

    /** The task: classification or regression. */
    public TaskKind task() {
        return pipeline.target().task();
    }

    /** The target column's name. */
    public String targetName() {
        return pipeline.target().column();
    }

    /** For classification the class of each label index; empty for regression. */
    public List<String> classNames() {
        return pipeline.target().classNames();
    }

    /** The name of each feature after encoding, in feature order. */
    public List<String> featureNames() {
        return pipeline.featureNames();
    }
}

package deepdesk.core.prep;

/**
 * How a categorical input becomes numbers.
 *
 * <p>Threading: immutable.
 */
public enum CategoricalEncoding {
    /**
     * One 0/1 column per category seen in the training split; a category first seen at
     * prediction time sets every one of them to 0.
     */
    ONE_HOT
}

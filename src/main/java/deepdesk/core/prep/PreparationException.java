package deepdesk.core.prep;

/**
 * The data cannot be prepared as asked: a named column is missing, a target cannot be read as
 * a number, no rows are left for training, a prediction input cannot be parsed. The message is
 * written for the user and names the column (and row, where there is one).
 *
 * <p>Threading: immutable.
 */
public final class PreparationException extends RuntimeException {

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for the user
     */
    public PreparationException(String message) {
        super(message);
    }
}

package deepdesk.core.cli;

/**
 * Input the user can fix (a missing file, a corrupt bundle, rows that do not fit the model):
 * reported as one message on standard error with exit code 2.
 *
 * <p>Threading: immutable.
 */
final class UserInputException extends Exception {

    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message, null, false, false);
    }
}

package deepdesk.core.bundle;

/**
 * One thing wrong with a prediction input: a missing column, a value of the wrong type, an
 * unknown category.
 *
 * <p>Threading: immutable.
 *
 * @param row     the index of the input in its batch, from 0
 * @param column  the raw column concerned
 * @param message what is wrong, for a person to read
 */
public record InputProblem(int row, String column, String message) {

    /** The problem as one line, such as {@code input 2, column "x": must be a number}. */
    public String describe() {
        return "input " + (row + 1) + ", column \"" + column + "\": " + message;
    }
}

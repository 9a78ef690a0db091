package deepdesk.core.bundle;

/**
 * One thing wrong with a prediction input: a missing column, a value of the wrong type, an
 * unknown category.
 *
 * <p>Threading: immutable.
 *
 * @param row     the index of the input in its batch, from 0
 * @param column  the raw column concerned, or {@code *} for the input as a whole
 * @param kind    what sort of problem it is
 * @param value   the offending value as text (such as the unknown category); empty when there is
 *                none
 * @param message what is wrong, for a person to read
 */
public record InputProblem(int row, String column, Kind kind, String value, String message) {

    /** What sort of problem an input has. */
    public enum Kind {
        /** The input has no value for a column the model reads. */
        MISSING_COLUMN,
        /** The value is empty, and the model was prepared by dropping such rows. */
        MISSING_VALUE,
        /** The value is not of the column's type (text where a number belongs). */
        WRONG_TYPE,
        /** The category was not seen in training. */
        UNKNOWN_CATEGORY,
        /** The input as a whole has the wrong form (such as too few values). */
        WRONG_SHAPE
    }

    /** The problem as one line, such as {@code input 2, column "x": must be a number}. */
    public String describe() {
        return "input " + (row + 1) + ", column \"" + column + "\": " + message;
    }

    /** The same problem at another index (when a batch is part of a longer list). */
    public InputProblem atRow(int newRow) {
        return new InputProblem(newRow, column, kind, value, message);
    }
}

package deepdesk.ui.dataset;

/**
 * One line of a column's statistics as shown to the user.
 *
 * <p>Threading: immutable.
 *
 * @param name  what is measured, such as "mean"
 * @param value the measured value, already formatted
 */
public record Statistic(String name, String value) {
}

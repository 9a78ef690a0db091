package deepdesk.ui.dataset;

/**
 * One bar of a histogram (a numeric bin) or bar chart (a category level).
 *
 * <p>Threading: immutable.
 *
 * @param label what the bar stands for: a level, or a bin's lower edge
 * @param count how many rows fall in it
 */
public record Bar(String label, long count) {
}

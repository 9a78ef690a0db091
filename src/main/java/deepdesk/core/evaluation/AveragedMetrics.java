package deepdesk.core.evaluation;

/**
 * Precision, recall and F1 averaged over the classes.
 *
 * <p>Threading: immutable.
 *
 * @param precision the average precision
 * @param recall    the average recall
 * @param f1        the average F1 (of the per-class F1 scores, not of the averages)
 */
public record AveragedMetrics(double precision, double recall, double f1) {
}

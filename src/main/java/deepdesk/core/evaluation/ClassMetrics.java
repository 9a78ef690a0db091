package deepdesk.core.evaluation;

/**
 * Precision, recall and F1 of one class, taken as the positive class against all others.
 *
 * <p>Threading: immutable.
 *
 * @param className the class
 * @param precision of the rows predicted as this class, the share that are; 0 when none is
 * @param recall    of the rows of this class, the share predicted as it; 0 when there are none
 * @param f1        the harmonic mean of precision and recall; 0 when both are 0
 * @param support   how many rows truly belong to this class
 */
public record ClassMetrics(String className, double precision, double recall, double f1,
                           int support) {
}

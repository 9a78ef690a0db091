package deepdesk.core.spark;

import java.io.Serializable;

/**
 * The summed data-loss gradient and loss of some rows, as partitions add them up for one global
 * batch. The empty sum holds no array, so the zero value Spark ships to every task is tiny.
 *
 * <p>Threading: not thread-safe; owned by one task or by the driver.
 */
final class GradientSum implements Serializable {

    private static final long serialVersionUID = 1L;

    private float[] gradient;
    private double lossSum;
    private long rows;

    /** Adds the gradient and loss sums of {@code count} rows. */
    GradientSum add(float[] partGradient, double partLossSum, long count) {
        if (count == 0) {
            return this;
        }
        if (gradient == null) {
            gradient = partGradient.clone();
        } else {
            for (int i = 0; i < gradient.length; i++) {
                gradient[i] += partGradient[i];
            }
        }
        lossSum += partLossSum;
        rows += count;
        return this;
    }

    /** Adds another sum. */
    GradientSum merge(GradientSum other) {
        return other.gradient == null ? this : add(other.gradient, other.lossSum, other.rows);
    }

    /** The summed gradient; {@code null} when no row was added. */
    float[] gradient() {
        return gradient;
    }

    double lossSum() {
        return lossSum;
    }

    long rows() {
        return rows;
    }
}

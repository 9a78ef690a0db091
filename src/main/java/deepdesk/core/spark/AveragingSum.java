package deepdesk.core.spark;

import java.io.Serializable;

/**
 * What the partitions of one averaging round add up: their final weights and optimiser states,
 * how many partitions trained, and the loss of their local batches; or the first problem met.
 *
 * <p>Threading: not thread-safe; owned by one task or by the driver.
 */
final class AveragingSum implements Serializable {

    private static final long serialVersionUID = 1L;

    private double[] parameters;
    private double[] state;
    private int parts;
    private double lossSum;
    private long rows;
    private long steps;
    private String problem;

    /** Adds one partition's result. */
    AveragingSum add(float[] partParameters, float[] partState, double partLossSum, long partRows,
                     long partSteps) {
        if (parameters == null) {
            parameters = new double[partParameters.length];
            state = new double[partState.length];
        }
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] += partParameters[i];
        }
        for (int i = 0; i < state.length; i++) {
            state[i] += partState[i];
        }
        parts++;
        lossSum += partLossSum;
        rows += partRows;
        steps += partSteps;
        return this;
    }

    /** Records that a partition's training diverged. */
    AveragingSum diverged(String what) {
        if (problem == null) {
            problem = what;
        }
        return this;
    }

    /** Adds another sum. */
    AveragingSum merge(AveragingSum other) {
        if (other.problem != null) {
            diverged(other.problem);
        }
        if (other.parameters == null) {
            return this;
        }
        if (parameters == null) {
            parameters = new double[other.parameters.length];
            state = new double[other.state.length];
        }
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] += other.parameters[i];
        }
        for (int i = 0; i < state.length; i++) {
            state[i] += other.state[i];
        }
        parts += other.parts;
        lossSum += other.lossSum;
        rows += other.rows;
        steps += other.steps;
        return this;
    }

    /** The mean weights over the partitions that trained. */
    float[] meanParameters() {
        return mean(parameters);
    }

    /** The mean optimiser state over the partitions that trained. */
    float[] meanState() {
        return mean(state);
    }

    private float[] mean(double[] sum) {
        float[] mean = new float[sum.length];
        for (int i = 0; i < sum.length; i++) {
            mean[i] = (float) (sum[i] / parts);
        }
        return mean;
    }

    int parts() {
        return parts;
    }

    double lossSum() {
        return lossSum;
    }

    long rows() {
        return rows;
    }

    long steps() {
        return steps;
    }

    /** The first divergence met, or {@code null}. */
    String problem() {
        return problem;
    }
}

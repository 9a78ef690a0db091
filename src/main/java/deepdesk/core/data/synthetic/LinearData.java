package deepdesk.core.data.synthetic;

import deepdesk.core.data.ColumnType;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;

import java.util.List;
import java.util.Random;

/**
 * Generates the one-dimensional dataset of the linear-regression lesson: columns {@code x}
 * (uniform over -6..6) and {@code y} = w·x + b + Gaussian noise.
 *
 * <p>Threading: stateless; call from any thread.
 */
public final class LinearData {

    /** The input column's name. */
    public static final String INPUT = "x";
    /** The target column's name. */
    public static final String TARGET = "y";

    private static final double RANGE = 6;

    private LinearData() {
    }

    /** Generates the points; the same settings give the same points. */
    public static Dataset generate(LinearDataSettings settings) {
        Random random = new Random(settings.seed());
        double[] x = new double[settings.points()];
        double[] y = new double[settings.points()];
        for (int i = 0; i < x.length; i++) {
            x[i] = -RANGE + random.nextDouble() * 2 * RANGE;
            y[i] = settings.slope() * x[i] + settings.intercept()
                    + random.nextGaussian() * settings.noise();
        }
        return new Dataset("Line", List.of(new NumericColumn(INPUT, ColumnType.NUMERIC, x),
                new NumericColumn(TARGET, ColumnType.NUMERIC, y)));
    }
}

package deepdesk.ui.dataset;

import deepdesk.core.common.ProgressListener;
import deepdesk.core.data.CategoricalColumn;
import deepdesk.core.data.Column;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import deepdesk.ui.common.ScatterData;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns two columns of a dataset into the points of a scatter plot coloured by the target:
 * rows with either value missing are left out, and large datasets are thinned to an evenly spread
 * subset so the plot stays fast. A categorical axis places each level at its code with a little
 * jitter, so points of one level do not hide each other.
 *
 * <p>Threading: stateless; called on a background thread.
 */
public final class ScatterSampler {

    /** The most points a plot shows. */
    public static final int MAX_POINTS = 20_000;

    private ScatterSampler() {
    }

    /**
     * Samples the points.
     *
     * @param target the colouring column, or {@code null}
     */
    public static ScatterData sample(Dataset dataset, Column x, Column y, Column target,
                                     ProgressListener listener) {
        int rows = dataset.rowCount();
        int stride = Math.max(1, (rows + MAX_POINTS - 1) / MAX_POINTS);
        int capacity = (rows + stride - 1) / stride;
        float[] xs = new float[capacity];
        float[] ys = new float[capacity];
        int[] groups = target instanceof CategoricalColumn ? new int[capacity] : null;
        float[] shades = target instanceof NumericColumn ? new float[capacity] : null;
        double shadeMin = Double.NaN;
        double shadeMax = Double.NaN;
        if (shades != null) {
            NumericColumn numeric = (NumericColumn) target;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < rows; r++) {
                double v = numeric.value(r);
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            shadeMin = lo;
            shadeMax = hi;
        }
        SplittableRandom jitter = new SplittableRandom(42);
        int n = 0;
        for (int r = 0; r < rows; r += stride) {
            if ((r & 0xFFFF) == 0) {
                listener.checkCancelled();
            }
            double xv = valueOf(x, r, jitter);
            double yv = valueOf(y, r, jitter);
            if (Double.isNaN(xv) || Double.isNaN(yv)) {
                continue;
            }
            xs[n] = (float) xv;
            ys[n] = (float) yv;
            if (groups != null) {
                groups[n] = ((CategoricalColumn) target).code(r);
            }
            if (shades != null) {
                double v = ((NumericColumn) target).value(r);
                double span = shadeMax - shadeMin;
                shades[n] = (float) (span > 0 ? (v - shadeMin) / span : 0.5);
            }
            n++;
        }
        List<String> names = groups != null ? ((CategoricalColumn) target).levels() : List.of();
        return new ScatterData(axisLabel(x), axisLabel(y), java.util.Arrays.copyOf(xs, n),
                java.util.Arrays.copyOf(ys, n), groups == null ? null : java.util.Arrays.copyOf(groups, n),
                names, shades == null ? null : java.util.Arrays.copyOf(shades, n),
                target == null ? null : target.name(), shadeMin, shadeMax, rows);
    }

    private static double valueOf(Column column, int row, SplittableRandom jitter) {
        if (column instanceof NumericColumn numeric) {
            return numeric.value(row);
        }
        int code = ((CategoricalColumn) column).code(row);
        return code == CategoricalColumn.MISSING ? Double.NaN : code + (jitter.nextDouble() - 0.5) * 0.4;
    }

    private static String axisLabel(Column column) {
        return column instanceof CategoricalColumn ? column.name() + " (level)" : column.name();
    }
}

package deepdesk.core.lesson;

import deepdesk.core.data.CategoricalColumn;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import deepdesk.core.data.synthetic.SyntheticSettings;
import deepdesk.core.data.synthetic.SyntheticShape;

/**
 * The handful of rows lesson 3 walks through: two inputs and a 0/1 target each.
 *
 * <p>Threading: immutable; any thread.
 */
public enum BackpropData {

    /** The four corners (±1, ±1) of exclusive or: the target is 1 where the signs differ. */
    XOR_CORNERS("Exclusive-or corners"),
    /** Four points drawn from the exclusive-or dataset with the seed, scaled into about -1..1. */
    XOR_SAMPLE("Four exclusive-or points");

    /** Rows of every data choice. */
    public static final int ROWS = 4;
    /** Scale of the synthetic plane (about -6..6) onto about -1..1. */
    private static final double PLANE_HALF_WIDTH = 6;

    private final String title;

    BackpropData(String title) {
        this.title = title;
    }

    /** A short title for menus. */
    public String title() {
        return title;
    }

    /**
     * The rows.
     *
     * @param seed seed of the drawn points (the corners ignore it)
     * @return {features (rows x 2, row-major), targets (rows)}
     */
    public float[][] rows(long seed) {
        float[] x = new float[ROWS * 2];
        float[] y = new float[ROWS];
        if (this == XOR_CORNERS) {
            for (int r = 0; r < ROWS; r++) {
                float x1 = r < 2 ? -1 : 1;
                float x2 = r % 2 == 0 ? -1 : 1;
                x[2 * r] = x1;
                x[2 * r + 1] = x2;
                y[r] = x1 == x2 ? 0 : 1;
            }
            return new float[][] {x, y};
        }
        Dataset points = SyntheticShape.XOR.generate(new SyntheticSettings(ROWS, 0, seed));
        NumericColumn x1 = (NumericColumn) points.column("x1").orElseThrow();
        NumericColumn x2 = (NumericColumn) points.column("x2").orElseThrow();
        CategoricalColumn label = (CategoricalColumn) points.column(SyntheticShape.LABEL).orElseThrow();
        for (int r = 0; r < ROWS; r++) {
            // decision: two decimals, so that the products written out in the formulas are the
            // products of the numbers shown
            x[2 * r] = twoDecimals(x1.value(r) / PLANE_HALF_WIDTH);
            x[2 * r + 1] = twoDecimals(x2.value(r) / PLANE_HALF_WIDTH);
            y[r] = SyntheticShape.POSITIVE.equals(label.value(r)) ? 1 : 0;
        }
        return new float[][] {x, y};
    }

    private static float twoDecimals(double value) {
        return (float) (Math.round(value * 100) / 100.0);
    }
}

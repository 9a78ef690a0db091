package deepdesk.ui.common;

import java.util.List;

/**
 * The points of a scatter plot, already decimated, with how to colour them.
 *
 * <p>Threading: immutable by convention: built on a background thread and never written after it
 * is handed out.
 *
 * @param xLabel     the horizontal axis' title
 * @param yLabel     the vertical axis' title
 * @param xs         horizontal coordinates
 * @param ys         vertical coordinates, as many as {@code xs}
 * @param groups     per point the index of its class in {@code groupNames}, -1 when unknown; or
 *                   {@code null} when points are not coloured by class
 * @param groupNames the classes' names, in legend order
 * @param shades     per point a value from 0 to 1 for a colour ramp, {@code NaN} when unknown; or
 *                   {@code null}
 * @param colorLabel what the colour shows (the target's name), or {@code null}
 * @param shadeMin   the value that shade 0 stands for
 * @param shadeMax   the value that shade 1 stands for
 * @param totalRows  how many rows the data had before decimation
 */
public record ScatterData(String xLabel, String yLabel, float[] xs, float[] ys, int[] groups,
                          List<String> groupNames, float[] shades, String colorLabel,
                          double shadeMin, double shadeMax, int totalRows) {

    /** Number of points drawn. */
    public int size() {
        return xs.length;
    }
}

package deepdesk.ui.training;

import deepdesk.ui.common.chart.CanvasRegion;
import deepdesk.ui.common.chart.PlotFrame;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A scatter plot on a canvas with an optional reference line: predicted against actual values
 * with the line y = x, or data points with the model's fitted curve through them.
 *
 * <p>Threading: FX thread only.
 */
public final class PointsPlot extends CanvasRegion {

    private static final Color POINT = Color.web("#0877BD");
    private static final Color LINE = Color.web("#F59322");

    private String title = "";
    private String xLabel = "";
    private String yLabel = "";
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private double[] lineXs = new double[0];
    private double[] lineYs = new double[0];
    private boolean identityLine;
    private int updates;

    /** Creates an empty plot. */
    public PointsPlot() {
        setMinSize(120, 100);
        setPrefSize(320, 260);
    }

    /** How many times data was shown; tests watch it change. */
    public int updateCount() {
        return updates;
    }

    /** Sets the title and axis labels. */
    public void setLabels(String newTitle, String newXLabel, String newYLabel) {
        title = newTitle;
        xLabel = newXLabel;
        yLabel = newYLabel;
        requestLayout();
    }

    /**
     * Shows points and a line.
     *
     * @param pointXs      the points' x values
     * @param pointYs      the points' y values
     * @param curveXs      the line's x values, increasing; empty for none
     * @param curveYs      the line's y values
     * @param withIdentity whether to draw y = x across the plot
     */
    public void show(double[] pointXs, double[] pointYs, double[] curveXs, double[] curveYs,
                     boolean withIdentity) {
        xs = pointXs;
        ys = pointYs;
        lineXs = curveXs;
        lineYs = curveYs;
        identityLine = withIdentity;
        updates++;
        requestLayout();
    }

    /** Repaints with the current colours (after a theme change). */
    public void repaint() {
        requestLayout();
    }

    @Override
    protected void paint() {
        GraphicsContext g = clearedCanvas();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        extend(range, xs, ys);
        extend(range, lineXs, lineYs);
        if (identityLine) {
            double low = Math.min(range[0], range[2]);
            double high = Math.max(range[1], range[3]);
            range[0] = low;
            range[2] = low;
            range[1] = high;
            range[3] = high;
        }
        if (!(range[1] >= range[0])) {
            range = new double[] {0, 1, 0, 1};
        }
        double xPad = (range[1] - range[0]) * 0.04;
        double yPad = (range[3] - range[2]) * 0.04;
        range[0] -= xPad;
        range[1] += xPad;
        range[2] -= yPad;
        range[3] += yPad;
        PlotFrame frame = new PlotFrame(w, h, range[0], range[1], range[2], range[3]);
        frame.draw(g, palette, title, xLabel, yLabel);
        g.save();
        g.beginPath();
        g.rect(frame.x0, frame.y0, frame.width, frame.height);
        g.clip();
        g.setFill((palette.isDark() ? POINT.brighter().brighter() : POINT).deriveColor(0, 1, 1, 0.6));
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                g.fillOval(frame.px(xs[i]) - 2.5, frame.py(ys[i]) - 2.5, 5, 5);
            }
        }
        g.setStroke(LINE);
        g.setLineWidth(2);
        if (identityLine) {
            g.setLineDashes(6, 4);
            g.strokeLine(frame.px(frame.xMin), frame.py(frame.xMin), frame.px(frame.xMax), frame.py(frame.xMax));
            g.setLineDashes((double[]) null);
        }
        if (lineXs.length > 1) {
            g.beginPath();
            g.moveTo(frame.px(lineXs[0]), frame.py(lineYs[0]));
            for (int i = 1; i < lineXs.length; i++) {
                g.lineTo(frame.px(lineXs[i]), frame.py(lineYs[i]));
            }
            g.stroke();
        }
        g.restore();
    }

    private static void extend(double[] range, double[] xs, double[] ys) {
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                range[0] = Math.min(range[0], xs[i]);
                range[1] = Math.max(range[1], xs[i]);
                range[2] = Math.min(range[2], ys[i]);
                range[3] = Math.max(range[3], ys[i]);
            }
        }
    }
}

package deepdesk.ui.common.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The frame small canvas plots share: a title, a plot area with ticks and grid lines, and axis
 * labels, mapping data coordinates to pixels.
 *
 * <p>Threading: FX thread only; one frame per paint.
 */
public final class PlotFrame {

    private static final double LEFT = 52;
    private static final double RIGHT = 12;
    private static final double TOP = 26;
    private static final double BOTTOM = 38;
    private static final Font FONT = Font.font(11);
    private static final Font TITLE_FONT = Font.font(null, FontWeight.BOLD, 12);

    /** The left edge of the plot area, in pixels. */
    public final double x0;
    /** The top edge of the plot area, in pixels. */
    public final double y0;
    /** The width of the plot area, in pixels. */
    public final double width;
    /** The height of the plot area, in pixels. */
    public final double height;
    /** The data value at the left edge. */
    public final double xMin;
    /** The data value at the right edge. */
    public final double xMax;
    /** The data value at the bottom edge. */
    public final double yMin;
    /** The data value at the top edge. */
    public final double yMax;

    /**
     * A frame filling a canvas of the given size around the given data ranges; an empty range
     * is widened by one on each side.
     */
    public PlotFrame(double canvasWidth, double canvasHeight, double xMin, double xMax, double yMin, double yMax) {
        this.x0 = LEFT;
        this.y0 = TOP;
        this.width = Math.max(1, canvasWidth - LEFT - RIGHT);
        this.height = Math.max(1, canvasHeight - TOP - BOTTOM);
        double xPad = xMax > xMin ? 0 : 1;
        double yPad = yMax > yMin ? 0 : 1;
        this.xMin = xMin - xPad;
        this.xMax = xMax + xPad;
        this.yMin = yMin - yPad;
        this.yMax = yMax + yPad;
    }

    /** The pixel column of data value {@code x}. */
    public double px(double x) {
        return x0 + (x - xMin) / (xMax - xMin) * width;
    }

    /** The pixel row of data value {@code y}. */
    public double py(double y) {
        return y0 + (1 - (y - yMin) / (yMax - yMin)) * height;
    }

    /** Draws the grid, ticks, frame, axis labels and title. */
    public void draw(GraphicsContext g, ChartPalette palette, String title, String xLabel, String yLabel) {
        g.setFont(FONT);
        g.setLineWidth(1);
        g.setLineDashes((double[]) null);
        for (double t : AxisTicks.linear(xMin, xMax, 6)) {
            double x = px(t);
            g.setStroke(palette.grid());
            g.strokeLine(x, y0, x, y0 + height);
            g.setFill(palette.mutedText());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(AxisTicks.format(t), x, y0 + height + 4);
        }
        for (double t : AxisTicks.linear(yMin, yMax, 5)) {
            double y = py(t);
            g.setStroke(palette.grid());
            g.strokeLine(x0, y, x0 + width, y);
            g.setFill(palette.mutedText());
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(AxisTicks.format(t), x0 - 5, y);
        }
        g.setStroke(palette.axis());
        g.strokeRect(x0, y0, width, height);
        g.setFill(palette.mutedText());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(xLabel, x0 + width / 2, y0 + height + BOTTOM - 2);
        g.save();
        g.translate(12, y0 + height / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(yLabel, 0, 0);
        g.restore();
        g.setFont(TITLE_FONT);
        g.setFill(palette.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(title, x0, TOP / 2);
    }
}

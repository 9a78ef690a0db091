package deepdesk.ui.training;

import deepdesk.ui.common.chart.AxisTicks;
import deepdesk.ui.common.chart.ChartPalette;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The frame the Train screen's small canvas plots share: a title, a plot area with ticks and grid
 * lines, and axis labels, mapping data coordinates to pixels.
 *
 * <p>Threading: FX thread only; one frame per paint.
 */
final class PlotFrame {

    static final double LEFT = 52;
    static final double RIGHT = 12;
    static final double TOP = 26;
    static final double BOTTOM = 38;
    private static final Font FONT = Font.font(11);
    private static final Font TITLE_FONT = Font.font(null, FontWeight.BOLD, 12);

    final double x0;
    final double y0;
    final double width;
    final double height;
    final double xMin;
    final double xMax;
    final double yMin;
    final double yMax;

    PlotFrame(double canvasWidth, double canvasHeight, double xMin, double xMax, double yMin, double yMax) {
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

    double px(double x) {
        return x0 + (x - xMin) / (xMax - xMin) * width;
    }

    double py(double y) {
        return y0 + (1 - (y - yMin) / (yMax - yMin)) * height;
    }

    void draw(GraphicsContext g, ChartPalette palette, String title, String xLabel, String yLabel) {
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

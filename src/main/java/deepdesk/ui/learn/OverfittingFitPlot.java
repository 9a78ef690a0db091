package deepdesk.ui.learn;

import deepdesk.core.lesson.OverfittingData;
import deepdesk.core.lesson.OverfittingLesson;
import deepdesk.ui.common.chart.AxisTicks;
import deepdesk.ui.common.chart.CanvasRegion;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The overfitting lesson's points and curves: the smooth curve under the noise (dashed), the
 * validation points (faint), the training points and the network's curve, which bends to pass
 * through every training point when the network overfits.
 *
 * <p>Threading: FX thread only.
 */
final class OverfittingFitPlot extends CanvasRegion {

    private static final double LEFT = 48;
    private static final double BOTTOM = 36;
    private static final double TOP = 30;
    private static final double RIGHT = 12;
    private static final double Y_RANGE = 2.2;
    private static final Color TRAIN = Color.web("#0877BD");
    private static final Color VALIDATION = Color.web("#F59322");
    private static final Color NETWORK = Color.web("#c0392b");
    private static final Font FONT = Font.font(12);

    private OverfittingData data;
    private float[] curveXs;
    private float[] curveYs;
    private int repaints;

    OverfittingFitPlot() {
        setMinSize(220, 200);
        setPrefSize(460, 360);
    }

    void showData(OverfittingData newData) {
        this.data = newData;
        requestLayout();
    }

    void showCurve(float[] xs, float[] ys) {
        this.curveXs = xs;
        this.curveYs = ys;
        requestLayout();
    }

    /** How many times a network curve has been drawn; tests watch it change. */
    int curveRepaints() {
        return repaints;
    }

    @Override
    protected void paint() {
        GraphicsContext g = clearedCanvas();
        double width = canvas.getWidth() - LEFT - RIGHT;
        double height = canvas.getHeight() - TOP - BOTTOM;
        if (width < 20 || height < 20) {
            return;
        }
        drawAxes(g, width, height);
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, width, height);
        g.clip();
        g.setStroke(palette.mutedText());
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.beginPath();
        for (int i = 0; i <= 100; i++) {
            double x = -OverfittingLesson.EXTENT + 2 * OverfittingLesson.EXTENT * i / 100;
            double px = px(x, width);
            double py = py(OverfittingLesson.curve(x), height);
            if (i == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
        g.stroke();
        g.setLineDashes((double[]) null);
        if (data != null) {
            points(g, data.validationX(), data.validationY(), VALIDATION.deriveColor(0, 1, 1, 0.55), 2.5,
                    width, height);
            points(g, data.trainX(), data.trainY(), TRAIN, 4.5, width, height);
        }
        if (curveXs != null) {
            repaints++;
            g.setStroke(NETWORK);
            g.setLineWidth(2.5);
            g.beginPath();
            for (int i = 0; i < curveXs.length; i++) {
                double px = px(curveXs[i], width);
                double py = py(Math.max(-10, Math.min(10, curveYs[i])), height);
                if (i == 0) {
                    g.moveTo(px, py);
                } else {
                    g.lineTo(px, py);
                }
            }
            g.stroke();
        }
        g.restore();
        drawLegend(g);
    }

    private void points(GraphicsContext g, double[] xs, double[] ys, Color fill, double radius,
                        double width, double height) {
        g.setFill(fill);
        g.setStroke(palette.background());
        g.setLineWidth(1);
        for (int i = 0; i < xs.length; i++) {
            double px = px(xs[i], width);
            double py = py(ys[i], height);
            g.fillOval(px - radius, py - radius, 2 * radius, 2 * radius);
            g.strokeOval(px - radius, py - radius, 2 * radius, 2 * radius);
        }
    }

    private void drawAxes(GraphicsContext g, double width, double height) {
        g.setStroke(palette.axis());
        g.setLineWidth(1);
        g.strokeRect(LEFT + 0.5, TOP + 0.5, width, height);
        g.setFont(FONT);
        g.setFill(palette.mutedText());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : AxisTicks.linear(-OverfittingLesson.EXTENT, OverfittingLesson.EXTENT, 5)) {
            g.fillText(AxisTicks.format(t), px(t, width), TOP + height + 4);
        }
        g.fillText("x", LEFT + width / 2, TOP + height + 19);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : AxisTicks.linear(-Y_RANGE, Y_RANGE, 5)) {
            g.fillText(AxisTicks.format(t), LEFT - 6, py(t, height));
        }
        g.save();
        g.translate(12, TOP + height / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("y", 0, 0);
        g.restore();
    }

    private void drawLegend(GraphicsContext g) {
        g.setFont(FONT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double x = LEFT;
        double y = TOP / 2;
        x = legendEntry(g, x, y, TRAIN, false, "training");
        x = legendEntry(g, x, y, VALIDATION, false, "validation");
        x = legendEntry(g, x, y, NETWORK, true, "network");
        legendEntry(g, x, y, palette.mutedText(), true, "sin 3x");
    }

    private double legendEntry(GraphicsContext g, double x, double y, Color color, boolean line,
                               String text) {
        if (line) {
            g.setStroke(color);
            g.setLineWidth(2.5);
            g.strokeLine(x, y, x + 16, y);
        } else {
            g.setFill(color);
            g.fillOval(x + 4, y - 4, 8, 8);
        }
        g.setFill(palette.text());
        g.fillText(text, x + 20, y);
        return x + 30 + text.length() * 7;
    }

    private double px(double x, double width) {
        return LEFT + (x + OverfittingLesson.EXTENT) / (2 * OverfittingLesson.EXTENT) * width;
    }

    private double py(double y, double height) {
        return TOP + (1 - (y + Y_RANGE) / (2 * Y_RANGE)) * height;
    }
}

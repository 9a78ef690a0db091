package deepdesk.ui.learn;

import deepdesk.core.lesson.DescentStep;
import deepdesk.ui.common.chart.AxisTicks;
import deepdesk.ui.common.chart.CanvasRegion;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The data points and the current line ŷ = w·x + b, with each point's error drawn as a thin
 * vertical segment: the squares of those lengths are what the loss adds up.
 *
 * <p>Threading: FX thread only.
 */
final class FitPlot extends CanvasRegion {

    private double textScale = 1;
    private double left = 48;
    private double bottom = 36;
    private Font font = Font.font(11);

    private static final double TOP = 8;
    private static final double RIGHT = 12;
    private static final Color POINT = Color.web("#0877BD");
    private static final Color LINE = Color.web("#e4572e");

    private LessonPoints points;
    private DescentStep step;

    FitPlot() {
        setId("lesson-fit-plot");
        setMinSize(200, 200);
        setPrefSize(420, 420);
    }

    void showPoints(LessonPoints newPoints) {
        this.points = newPoints;
        requestLayout();
    }

    void showLine(DescentStep newStep) {
        this.step = newStep;
        requestLayout();
    }

    @Override
    protected void paint() {
        GraphicsContext g = clearedCanvas();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (points == null || points.xs().length == 0) {
            return;
        }
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points.xs().length; i++) {
            xMin = Math.min(xMin, points.xs()[i]);
            xMax = Math.max(xMax, points.xs()[i]);
            yMin = Math.min(yMin, points.ys()[i]);
            yMax = Math.max(yMax, points.ys()[i]);
        }
        double padX = Math.max(1e-6, (xMax - xMin) * 0.05);
        double padY = Math.max(1e-6, (yMax - yMin) * 0.1);
        Frame f = new Frame(xMin - padX, xMax + padX, yMin - padY, yMax + padY,
                w - left - RIGHT, h - TOP - bottom, left);
        drawAxes(g, f);
        g.save();
        g.beginPath();
        g.rect(left, TOP, f.width, f.height);
        g.clip();
        if (step != null && !step.diverged()) {
            g.setStroke(LINE.deriveColor(0, 1, 1, 0.45));
            g.setLineWidth(1);
            for (int i = 0; i < points.xs().length; i++) {
                double x = points.xs()[i];
                double predicted = step.w() * x + step.b();
                g.strokeLine(f.px(x), f.py(points.ys()[i]), f.px(x), f.py(predicted));
            }
        }
        g.setFill(POINT);
        for (int i = 0; i < points.xs().length; i++) {
            g.fillOval(f.px(points.xs()[i]) - 3, f.py(points.ys()[i]) - 3, 6, 6);
        }
        if (step != null && !step.diverged()) {
            g.setStroke(LINE);
            g.setLineWidth(2.5);
            g.strokeLine(f.px(f.xMin), f.py(step.w() * f.xMin + step.b()),
                    f.px(f.xMax), f.py(step.w() * f.xMax + step.b()));
        }
        g.restore();
    }

    private void drawAxes(GraphicsContext g, Frame f) {
        g.setStroke(palette.axis());
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, TOP + 0.5, f.width, f.height);
        g.setFont(font);
        g.setFill(palette.mutedText());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : AxisTicks.linear(f.xMin, f.xMax, 5)) {
            g.fillText(AxisTicks.format(t), f.px(t), TOP + f.height + 3);
        }
        g.fillText(points.xName(), left + f.width / 2, TOP + f.height + 18 * textScale);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : AxisTicks.linear(f.yMin, f.yMax, 5)) {
            g.fillText(AxisTicks.format(t), left - 4, f.py(t));
        }
        g.save();
        g.translate(10 * textScale, TOP + f.height / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(points.yName(), 0, 0);
        g.restore();
    }

    private record Frame(double xMin, double xMax, double yMin, double yMax, double width,
                         double height, double left) {
        double px(double x) {
            return left + (x - xMin) / (xMax - xMin) * width;
        }

        double py(double y) {
            return TOP + (1 - (y - yMin) / (yMax - yMin)) * height;
        }
    }

    /** Scales the axis text and the room left for it, as presentation mode does. */
    void setTextScale(double scale) {
        textScale = scale;
        left = 48 * scale;
        bottom = 36 * scale;
        font = Font.font(11 * scale);
        requestLayout();
    }
}

package deepdesk.ui.learn;

import deepdesk.core.lesson.DescentStep;
import deepdesk.ui.common.chart.AxisTicks;
import deepdesk.ui.common.chart.CanvasRegion;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The loss surface J(w, b) as a contour map (bands of equal loss on a logarithmic scale), the
 * bottom of the valley, and the path gradient descent has taken. Pressing or dragging on the map
 * chooses a new starting point.
 *
 * <p>Threading: FX thread only.
 */
final class ContourMap extends CanvasRegion {

    private double textScale = 1;
    private double left = 48;
    private double bottom = 36;
    private Font font = Font.font(11);

    private static final double TOP = 8;
    private static final double RIGHT = 8;
    private static final int BANDS = 16;
    private static final Color LOW = Color.web("#0b3d91");
    private static final Color HIGH = Color.web("#f2f7ff");
    private static final Color PATH = Color.web("#e4572e");

    private LessonSurface surface;
    private WritableImage image;
    private List<DescentStep> path = List.of();
    private BiConsumer<Double, Double> onStartChosen = (w, b) -> { };

    ContourMap() {
        setId("lesson-contour-map");
        canvas.setOnMousePressed(this::choose);
        canvas.setOnMouseDragged(this::choose);
        setMinSize(200, 200);
        setPrefSize(420, 420);
    }

    void setOnStartChosen(BiConsumer<Double, Double> handler) {
        this.onStartChosen = handler;
    }

    void showSurface(LessonSurface newSurface) {
        this.surface = newSurface;
        this.image = newSurface == null ? null : bands(newSurface);
        requestLayout();
    }

    void showPath(List<DescentStep> newPath) {
        this.path = newPath;
        requestLayout();
    }

    /** The canvas position of (w, b), for tests that press on the map. */
    double[] toCanvas(double w, double b) {
        double size = plotSize();
        return new double[] {
            left + (w - surface.wMin()) / (surface.wMax() - surface.wMin()) * size,
            TOP + (1 - (b - surface.bMin()) / (surface.bMax() - surface.bMin())) * size};
    }

    private double plotSize() {
        return Math.max(10, Math.min(canvas.getWidth() - left - RIGHT, canvas.getHeight() - TOP - bottom));
    }

    private void choose(MouseEvent e) {
        if (surface == null) {
            return;
        }
        double size = plotSize();
        double fx = (e.getX() - left) / size;
        double fy = (e.getY() - TOP) / size;
        if (fx < 0 || fx > 1 || fy < 0 || fy > 1) {
            return;
        }
        double w = surface.wMin() + fx * (surface.wMax() - surface.wMin());
        double b = surface.bMin() + (1 - fy) * (surface.bMax() - surface.bMin());
        onStartChosen.accept(w, b);
    }

    private static WritableImage bands(LessonSurface s) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s.values()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double logMin = Math.log(min + 1e-9);
        double logMax = Math.log(max + 1e-9);
        WritableImage img = new WritableImage(s.cols(), s.rows());
        PixelWriter pw = img.getPixelWriter();
        for (int r = 0; r < s.rows(); r++) {
            for (int c = 0; c < s.cols(); c++) {
                double t = (Math.log(s.values()[r * s.cols() + c] + 1e-9) - logMin) / (logMax - logMin);
                int band = (int) Math.min(BANDS - 1, Math.floor(t * BANDS));
                pw.setColor(c, s.rows() - 1 - r, LOW.interpolate(HIGH, (band + 0.5) / BANDS));
            }
        }
        return img;
    }

    @Override
    protected void paint() {
        GraphicsContext g = clearedCanvas();
        if (surface == null) {
            return;
        }
        double size = plotSize();
        g.setImageSmoothing(false);
        g.drawImage(image, left, TOP, size, size);
        g.setStroke(palette.axis());
        g.strokeRect(left + 0.5, TOP + 0.5, size, size);
        drawAxes(g, size);
        g.save();
        g.beginPath();
        g.rect(left, TOP, size, size);
        g.clip();
        double[] best = toCanvas(surface.bestW(), surface.bestB());
        g.setFill(Color.WHITE);
        g.setStroke(Color.BLACK);
        g.fillRect(best[0] - 4, best[1] - 4, 8, 8);
        g.strokeRect(best[0] - 4, best[1] - 4, 8, 8);
        if (!path.isEmpty()) {
            g.setStroke(PATH);
            g.setLineWidth(2);
            g.beginPath();
            for (int i = 0; i < path.size(); i++) {
                DescentStep s = path.get(i);
                if (s.diverged()) {
                    break;
                }
                double[] p = toCanvas(s.w(), s.b());
                if (i == 0) {
                    g.moveTo(p[0], p[1]);
                } else {
                    g.lineTo(p[0], p[1]);
                }
            }
            g.stroke();
            g.setFill(PATH);
            for (DescentStep s : path) {
                if (!s.diverged()) {
                    double[] p = toCanvas(s.w(), s.b());
                    g.fillOval(p[0] - 2.5, p[1] - 2.5, 5, 5);
                }
            }
            double[] start = toCanvas(path.get(0).w(), path.get(0).b());
            g.setFill(Color.WHITE);
            g.fillOval(start[0] - 6, start[1] - 6, 12, 12);
            g.setStroke(PATH);
            g.strokeOval(start[0] - 6, start[1] - 6, 12, 12);
            DescentStep last = path.get(path.size() - 1);
            if (!last.diverged()) {
                double[] now = toCanvas(last.w(), last.b());
                g.setFill(PATH);
                g.fillOval(now[0] - 6, now[1] - 6, 12, 12);
            }
        }
        g.restore();
    }

    private void drawAxes(GraphicsContext g, double size) {
        g.setFont(font);
        g.setFill(palette.mutedText());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : AxisTicks.linear(surface.wMin(), surface.wMax(), 5)) {
            double x = left + (t - surface.wMin()) / (surface.wMax() - surface.wMin()) * size;
            g.fillText(AxisTicks.format(t), x, TOP + size + 3);
        }
        g.fillText("slope w", left + size / 2, TOP + size + 18 * textScale);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : AxisTicks.linear(surface.bMin(), surface.bMax(), 5)) {
            double y = TOP + (1 - (t - surface.bMin()) / (surface.bMax() - surface.bMin())) * size;
            g.fillText(AxisTicks.format(t), left - 4, y);
        }
        g.save();
        g.translate(10 * textScale, TOP + size / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("intercept b", 0, 0);
        g.restore();
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

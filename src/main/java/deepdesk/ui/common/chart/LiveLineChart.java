package deepdesk.ui.common.chart;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A line chart drawn on a {@link Canvas} that stays fast however many points it holds: each
 * series is decimated to its first, lowest, highest and last point per pixel column, so a
 * 100,000-point run repaints as quickly as a 100-point one. It offers TensorBoard-style
 * exponential smoothing (the raw curve drawn faintly behind), a logarithmic y axis, a hover
 * read-out of exact values, and export of the picture (PNG) and the numbers (CSV).
 *
 * <p>decision: JavaFX's {@code LineChart} fell to 3-14 fps with 100k points; a canvas chart that
 * draws min/max per pixel column held 60 fps, so live curves are drawn here.
 *
 * <p>Threading: FX thread only. Repaints are coalesced: any number of changes in one pulse cause
 * one repaint, during layout.
 */
public final class LiveLineChart extends Region {

    private final Text measure = new Text();
    private double textScale = 1;
    private double left;
    private double right;
    private double top;
    private double bottom;
    private Font font;
    private Font titleFont;

    private final Canvas canvas = new Canvas();
    private final List<ChartSeries> series = new ArrayList<>();
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty xLabel = new SimpleStringProperty(this, "xLabel", "");
    private final StringProperty yLabel = new SimpleStringProperty(this, "yLabel", "");
    private final DoubleProperty smoothing = new SimpleDoubleProperty(this, "smoothing", 0.6);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);
    private final ChartPalette palette = new ChartPalette();
    private ChartSeries shadeLower;
    private ChartSeries shadeUpper;
    private Color shadeColor;
    private double[] scratch = new double[0];
    private boolean dirty = true;
    private double hoverX = Double.NaN;
    private long lastPaintNanos;
    private int paintCount;

    /** Creates an empty chart. */
    public LiveLineChart() {
        setTextScale(1);
        getChildren().add(canvas);
        getStyleClass().add("live-line-chart");
        title.addListener((o, a, b) -> invalidate());
        xLabel.addListener((o, a, b) -> invalidate());
        yLabel.addListener((o, a, b) -> invalidate());
        smoothing.addListener((o, a, b) -> invalidate());
        logScale.addListener((o, a, b) -> invalidate());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            hoverX = e.getX();
            invalidate();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hoverX = Double.NaN;
            invalidate();
        });
        setMinSize(160, 120);
        setPrefSize(480, 280);
    }

    /**
     * Adds a series.
     *
     * @param name  what the legend calls it
     * @param color its colour
     */
    public ChartSeries addSeries(String name, Color color) {
        ChartSeries s = new ChartSeries(this, name, color);
        series.add(s);
        invalidate();
        return s;
    }

    /** Removes a series. */
    public void removeSeries(ChartSeries s) {
        series.remove(s);
        invalidate();
    }

    /** Removes every series. */
    public void clearSeries() {
        series.clear();
        shadeLower = null;
        shadeUpper = null;
        invalidate();
    }

    /**
     * Fills the area between two series of this chart that share their x values, such as the gap
     * between a training and a validation loss; {@code null} series remove the shading.
     *
     * @param color the fill, usually translucent
     */
    public void shadeBetween(ChartSeries lower, ChartSeries upper, Color color) {
        this.shadeLower = lower;
        this.shadeUpper = upper;
        this.shadeColor = color;
        invalidate();
    }

    /** The series in drawing order. */
    public List<ChartSeries> series() {
        return Collections.unmodifiableList(series);
    }

    /** The chart's title, drawn above the plot. */
    public StringProperty titleProperty() {
        return title;
    }

    /** The label of the horizontal axis. */
    public StringProperty xLabelProperty() {
        return xLabel;
    }

    /** The label of the vertical axis. */
    public StringProperty yLabelProperty() {
        return yLabel;
    }

    /** Exponential smoothing weight from 0 (none) to 0.99, applied to smoothed series. */
    public DoubleProperty smoothingProperty() {
        return smoothing;
    }

    /** Whether the vertical axis is logarithmic (non-positive values are then skipped). */
    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** The colours used for the axes, grid and text; follow the theme by changing them. */
    public ChartPalette palette() {
        return palette;
    }

    /** How long the last repaint took, in nanoseconds. */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    /** How many times the chart has repainted. */
    public int paintCount() {
        return paintCount;
    }

    /** Marks the picture out of date; it is repainted once, at the next layout pass. */
    public void invalidate() {
        dirty = true;
        requestLayout();
    }

    /**
     * Scales the chart's text and the margins that hold it, such as 1.5 for presentation on a
     * projector; 1 is the normal size.
     */
    public void setTextScale(double scale) {
        textScale = scale;
        left = 64 * scale;
        right = 16 * scale;
        top = 30 * scale;
        bottom = 42 * scale;
        font = Font.font(12 * scale);
        titleFont = Font.font(null, FontWeight.BOLD, 13 * scale);
        measure.setFont(font);
        invalidate();
    }

    /** The scale of the chart's text; 1 is the normal size. */
    public double textScale() {
        return textScale;
    }

    /** Repaints now if anything changed. */
    public void paintIfNeeded() {
        if (dirty) {
            paint();
        }
    }

    /** Writes the points of every series as CSV with the columns {@code series,x,y}. */
    public void exportCsv(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("series,x,y\n");
            for (ChartSeries s : series) {
                String name = '"' + s.name().replace("\"", "\"\"") + '"';
                for (int i = 0; i < s.size(); i++) {
                    w.write(name + "," + s.x(i) + "," + s.y(i) + "\n");
                }
            }
        }
    }

    /** Writes the chart as it is drawn now to a PNG file. */
    public void exportPng(Path file) throws IOException {
        paintIfNeeded();
        PngWriter.write(canvas.snapshot(null, null), file);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = Math.floor(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            dirty = true;
        }
        paintIfNeeded();
    }

    private void paint() {
        long start = System.nanoTime();
        dirty = false;
        paintCount++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        g.setFill(palette.background());
        g.fillRect(0, 0, w, h);
        double plotW = w - left - right;
        double plotH = h - top - bottom;
        if (plotW < 20 || plotH < 20) {
            return;
        }
        Range range = computeRange();
        drawFrame(g, range, plotW, plotH);
        if (range == null) {
            g.setFill(palette.mutedText());
            g.setFont(font);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("No points yet", left + plotW / 2, top + plotH / 2);
        } else {
            g.save();
            g.beginPath();
            g.rect(left, top, plotW, plotH);
            g.clip();
            drawShade(g, range, plotW, plotH);
            for (ChartSeries s : series) {
                if (s.isVisible() && s.size() > 0) {
                    drawSeries(g, s, range, plotW, plotH);
                }
            }
            g.restore();
            drawHover(g, range, plotW, plotH);
        }
        drawLegend(g, w);
        lastPaintNanos = System.nanoTime() - start;
    }

    private void drawSeries(GraphicsContext g, ChartSeries s, Range range, double plotW,
                            double plotH) {
        double alpha = smoothing.get();
        boolean smooth = s.isSmoothed() && alpha > 0;
        if (smooth) {
            polyline(g, s.xsView(), s.ysView(), s.size(), range, plotW, plotH,
                    s.color().deriveColor(0, 1, 1, 0.25), 1.0, s.isDashed());
            double[] smoothed = smooth(s, Math.min(alpha, 0.999));
            polyline(g, s.xsView(), smoothed, s.size(), range, plotW, plotH, s.color(), 2.0,
                    s.isDashed());
        } else {
            polyline(g, s.xsView(), s.ysView(), s.size(), range, plotW, plotH, s.color(), 2.0,
                    s.isDashed());
        }
    }

    /** Fills between the shaded pair with one point per pixel column, so it stays cheap. */
    private void drawShade(GraphicsContext g, Range range, double plotW, double plotH) {
        if (shadeLower == null || shadeUpper == null || !series.contains(shadeLower)
                || !series.contains(shadeUpper)) {
            return;
        }
        int n = Math.min(shadeLower.size(), shadeUpper.size());
        double[] xs = new double[2 * Math.min(n, (int) plotW + 2)];
        double[] ys = new double[xs.length];
        int columns = 0;
        long lastColumn = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            double low = mapY(shadeLower.y(i), range, plotH);
            double high = mapY(shadeUpper.y(i), range, plotH);
            if (Double.isNaN(low) || Double.isNaN(high)) {
                continue;
            }
            double px = mapX(shadeLower.x(i), range, plotW);
            long column = (long) Math.floor(px);
            if (column != lastColumn) {
                if (columns == xs.length / 2) {
                    break;
                }
                columns++;
                lastColumn = column;
            }
            xs[columns - 1] = px;
            ys[columns - 1] = high;
            xs[xs.length - columns] = px;
            ys[xs.length - columns] = low;
        }
        if (columns < 2) {
            return;
        }
        double[] polygonX = new double[2 * columns];
        double[] polygonY = new double[2 * columns];
        System.arraycopy(xs, 0, polygonX, 0, columns);
        System.arraycopy(ys, 0, polygonY, 0, columns);
        System.arraycopy(xs, xs.length - columns, polygonX, columns, columns);
        System.arraycopy(ys, ys.length - columns, polygonY, columns, columns);
        g.setFill(shadeColor);
        g.fillPolygon(polygonX, polygonY, 2 * columns);
    }

    /** TensorBoard's smoothing: an exponential moving average, debiased at the start. */
    private double[] smooth(ChartSeries s, double weight) {
        if (scratch.length < s.size()) {
            scratch = new double[Math.max(s.size(), scratch.length * 2)];
        }
        double last = 0;
        int count = 0;
        for (int i = 0; i < s.size(); i++) {
            double y = s.y(i);
            if (!Double.isFinite(y)) {
                scratch[i] = y;
                continue;
            }
            last = last * weight + (1 - weight) * y;
            count++;
            scratch[i] = last / (1 - Math.pow(weight, count));
        }
        return scratch;
    }

    /**
     * Draws at most four points per pixel column: the first, lowest, highest and last point that
     * fall in it, in the order they occur, which keeps the shape and every extreme.
     */
    private void polyline(GraphicsContext g, double[] xs, double[] ys, int n, Range range,
                          double plotW, double plotH, Color color, double width, boolean dashed) {
        g.setStroke(color);
        g.setLineWidth(width);
        g.setLineDashes(dashed ? new double[] {6, 4} : null);
        g.beginPath();
        boolean penDown = false;
        long column = Long.MIN_VALUE;
        double firstY = 0;
        double minY = 0;
        double maxY = 0;
        double lastY = 0;
        int minAt = 0;
        int maxAt = 0;
        double colX = 0;
        for (int i = 0; i < n; i++) {
            double py = mapY(ys[i], range, plotH);
            if (Double.isNaN(py)) {
                if (column != Long.MIN_VALUE) {
                    penDown = flush(g, colX, firstY, minY, maxY, lastY, minAt, maxAt, penDown);
                    column = Long.MIN_VALUE;
                }
                penDown = false;
                continue;
            }
            double px = mapX(xs[i], range, plotW);
            long c = (long) Math.floor(px);
            if (c != column) {
                if (column != Long.MIN_VALUE) {
                    penDown = flush(g, colX, firstY, minY, maxY, lastY, minAt, maxAt, penDown);
                }
                column = c;
                colX = px;
                firstY = py;
                minY = py;
                maxY = py;
                minAt = i;
                maxAt = i;
            }
            if (py < minY) {
                minY = py;
                minAt = i;
            }
            if (py > maxY) {
                maxY = py;
                maxAt = i;
            }
            lastY = py;
        }
        if (column != Long.MIN_VALUE) {
            flush(g, colX, firstY, minY, maxY, lastY, minAt, maxAt, penDown);
        }
        g.stroke();
        g.setLineDashes((double[]) null);
    }

    private static boolean flush(GraphicsContext g, double x, double first, double min, double max,
                                 double last, int minAt, int maxAt, boolean penDown) {
        if (penDown) {
            g.lineTo(x, first);
        } else {
            g.moveTo(x, first);
        }
        if (minAt <= maxAt) {
            g.lineTo(x, min);
            g.lineTo(x, max);
        } else {
            g.lineTo(x, max);
            g.lineTo(x, min);
        }
        g.lineTo(x, last);
        return true;
    }

    private void drawFrame(GraphicsContext g, Range range, double plotW, double plotH) {
        g.setFont(titleFont);
        g.setFill(palette.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(title.get(), left, top / 2);
        g.setFont(font);
        g.setStroke(palette.axis());
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, plotW, plotH);
        if (range != null) {
            drawTicks(g, range, plotW, plotH);
        }
        g.setFill(palette.mutedText());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(xLabel.get(), left + plotW / 2, top + plotH + bottom - 4);
        g.save();
        g.translate(14 * textScale, top + plotH / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(yLabel.get() + (logScale.get() ? " (log)" : ""), 0, 0);
        g.restore();
    }

    private void drawTicks(GraphicsContext g, Range range, double plotW, double plotH) {
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double t : AxisTicks.linear(range.xMin, range.xMax, Math.max(2, (int) (plotW / 90)))) {
            double px = mapX(t, range, plotW);
            g.setStroke(palette.grid());
            g.strokeLine(px + 0.5, top, px + 0.5, top + plotH);
            g.setFill(palette.mutedText());
            g.fillText(AxisTicks.format(t), px, top + plotH + 4);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double[] yTicks = logScale.get()
                ? AxisTicks.logarithmic(range.yMin, range.yMax)
                : AxisTicks.linear(range.yMin, range.yMax, Math.max(2, (int) (plotH / 50)));
        for (double t : yTicks) {
            double py = mapY(t, range, plotH);
            if (Double.isNaN(py)) {
                continue;
            }
            g.setStroke(palette.grid());
            g.strokeLine(left, py + 0.5, left + plotW, py + 0.5);
            g.setFill(palette.mutedText());
            g.fillText(AxisTicks.format(t), left - 6, py);
        }
    }

    private void drawLegend(GraphicsContext g, double w) {
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        double x = w - right;
        for (int i = series.size() - 1; i >= 0; i--) {
            ChartSeries s = series.get(i);
            if (!s.isVisible()) {
                continue;
            }
            g.setFill(palette.text());
            g.fillText(s.name(), x, top / 2);
            x -= textWidth(s.name()) + 6;
            g.setStroke(s.color());
            g.setLineWidth(3);
            g.setLineDashes(s.isDashed() ? new double[] {4, 3} : null);
            g.strokeLine(x - 16, top / 2, x, top / 2);
            g.setLineDashes((double[]) null);
            x -= 30;
        }
    }

    private void drawHover(GraphicsContext g, Range range, double plotW, double plotH) {
        if (Double.isNaN(hoverX) || hoverX < left || hoverX > left + plotW) {
            return;
        }
        double x = range.xMin + (hoverX - left) / plotW * (range.xMax - range.xMin);
        List<String> lines = new ArrayList<>();
        double snappedX = Double.NaN;
        for (ChartSeries s : series) {
            if (!s.isVisible()) {
                continue;
            }
            int i = s.indexAtOrBefore(x);
            if (i < 0) {
                continue;
            }
            snappedX = s.x(i);
            lines.add(s.name() + ": " + AxisTicks.formatValue(s.y(i)));
        }
        if (lines.isEmpty()) {
            return;
        }
        lines.add(0, xLabel.get() + " " + AxisTicks.format(snappedX));
        double px = mapX(snappedX, range, plotW);
        g.setStroke(palette.axis());
        g.setLineWidth(1);
        g.strokeLine(px + 0.5, top, px + 0.5, top + plotH);
        double boxW = 0;
        for (String line : lines) {
            boxW = Math.max(boxW, textWidth(line));
        }
        boxW += 16;
        double boxH = lines.size() * 16 + 8;
        double bx = px + 10 + boxW > left + plotW ? px - 10 - boxW : px + 10;
        double by = top + 8;
        g.setFill(palette.tooltipBackground());
        g.fillRoundRect(bx, by, boxW, boxH, 6, 6);
        g.setStroke(palette.axis());
        g.strokeRoundRect(bx, by, boxW, boxH, 6, 6);
        g.setFill(palette.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < lines.size(); i++) {
            g.fillText(lines.get(i), bx + 8, by + 4 + i * 16);
        }
    }

    private Range computeRange() {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        boolean log = logScale.get();
        for (ChartSeries s : series) {
            if (!s.isVisible()) {
                continue;
            }
            for (int i = 0; i < s.size(); i++) {
                double y = s.y(i);
                if (!Double.isFinite(y) || (log && y <= 0)) {
                    continue;
                }
                xMin = Math.min(xMin, s.x(i));
                xMax = Math.max(xMax, s.x(i));
                yMin = Math.min(yMin, y);
                yMax = Math.max(yMax, y);
            }
        }
        if (xMin > xMax) {
            return null;
        }
        if (xMax == xMin) {
            xMax = xMin + 1;
        }
        if (log) {
            double lo = Math.log10(yMin);
            double hi = Math.log10(yMax);
            if (hi - lo < 1e-9) {
                hi = lo + 1;
            }
            return new Range(xMin, xMax, Math.pow(10, lo), Math.pow(10, hi));
        }
        double pad = (yMax - yMin) * 0.05;
        if (pad == 0) {
            pad = Math.max(Math.abs(yMax) * 0.1, 1e-3);
        }
        return new Range(xMin, xMax, yMin - pad, yMax + pad);
    }

    private double mapX(double x, Range r, double plotW) {
        return left + (x - r.xMin) / (r.xMax - r.xMin) * plotW;
    }

    private double mapY(double y, Range r, double plotH) {
        if (!Double.isFinite(y)) {
            return Double.NaN;
        }
        double f;
        if (logScale.get()) {
            if (y <= 0) {
                return Double.NaN;
            }
            f = (Math.log10(y) - Math.log10(r.yMin)) / (Math.log10(r.yMax) - Math.log10(r.yMin));
        } else {
            f = (y - r.yMin) / (r.yMax - r.yMin);
        }
        return top + (1 - f) * plotH;
    }

    private double textWidth(String text) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    private record Range(double xMin, double xMax, double yMin, double yMax) {
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LiveLineChart[%s, %d series]", title.get(), series.size());
    }
}

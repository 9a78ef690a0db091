package deepdesk.ui.common;

import deepdesk.ui.common.chart.AxisTicks;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.ColorConverter;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A scatter plot drawn on a {@link Canvas}, so tens of thousands of points redraw in a few
 * milliseconds where a {@code ScatterChart} would create a node per point. Points are coloured by
 * class or along a colour ramp; axis and text colours come from CSS ({@code -dd-axis-color},
 * {@code -dd-grid-color}) so the plot follows the theme.
 *
 * <p>Threading: FX thread only.
 */
public final class ScatterPlot extends Region {

    /** Class colours, readable on light and dark backgrounds. */
    public static final List<Color> PALETTE = List.of(
            Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#59a14f"), Color.web("#e15759"),
            Color.web("#b07aa1"), Color.web("#76b7b2"), Color.web("#edc948"), Color.web("#ff9da7"),
            Color.web("#9c755f"), Color.web("#bab0ac"));

    private static final Color UNKNOWN = Color.gray(0.55, 0.6);
    private static final double LEFT = 56;
    private static final double BOTTOM = 42;
    private static final double TOP = 24;
    private static final double RIGHT = 16;

    private static final CssMetaData<ScatterPlot, Color> AXIS_COLOR = new CssMetaData<>(
            "-dd-axis-color", ColorConverter.getInstance(), Color.gray(0.35)) {
        @Override
        public boolean isSettable(ScatterPlot plot) {
            return !plot.axisColor.isBound();
        }

        @Override
        @SuppressWarnings("unchecked")
        public StyleableProperty<Color> getStyleableProperty(ScatterPlot plot) {
            return (StyleableProperty<Color>) plot.axisColor;
        }
    };

    private static final CssMetaData<ScatterPlot, Color> GRID_COLOR = new CssMetaData<>(
            "-dd-grid-color", ColorConverter.getInstance(), Color.gray(0.85)) {
        @Override
        public boolean isSettable(ScatterPlot plot) {
            return !plot.gridColor.isBound();
        }

        @Override
        @SuppressWarnings("unchecked")
        public StyleableProperty<Color> getStyleableProperty(ScatterPlot plot) {
            return (StyleableProperty<Color>) plot.gridColor;
        }
    };

    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Region.getClassCssMetaData());
        list.add(AXIS_COLOR);
        list.add(GRID_COLOR);
        CSS = Collections.unmodifiableList(list);
    }

    private final StyleableObjectProperty<Color> axisColor = new StyleableObjectProperty<>(Color.gray(0.35)) {
        @Override
        public Object getBean() {
            return ScatterPlot.this;
        }

        @Override
        public String getName() {
            return "axisColor";
        }

        @Override
        public CssMetaData<ScatterPlot, Color> getCssMetaData() {
            return AXIS_COLOR;
        }

        @Override
        protected void invalidated() {
            requestLayout();
        }
    };

    private final StyleableObjectProperty<Color> gridColor = new StyleableObjectProperty<>(Color.gray(0.85)) {
        @Override
        public Object getBean() {
            return ScatterPlot.this;
        }

        @Override
        public String getName() {
            return "gridColor";
        }

        @Override
        public CssMetaData<ScatterPlot, Color> getCssMetaData() {
            return GRID_COLOR;
        }

        @Override
        protected void invalidated() {
            requestLayout();
        }
    };

    private final Canvas canvas = new Canvas();
    private ScatterData data;
    private String emptyText = "";

    /** Creates an empty plot. */
    public ScatterPlot() {
        getStyleClass().add("scatter-plot");
        getChildren().add(canvas);
        setMinSize(160, 120);
        setPrefSize(420, 320);
    }

    /** The CSS properties of this class, including the inherited ones. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }

    /** Shows {@code points}, or {@code message} centred when {@code points} is null. */
    public void show(ScatterData points, String message) {
        this.data = points;
        this.emptyText = message == null ? "" : message;
        redraw();
    }

    /** The data shown, or {@code null}. */
    public ScatterData data() {
        return data;
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
        redraw();
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.clearRect(0, 0, width, height);
        g.setFont(Font.font(11));
        Paint axis = axisColor.get();
        if (data == null || data.size() == 0) {
            g.setFill(axis);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(data == null ? emptyText : "No rows with both values present", width / 2, height / 2);
            return;
        }
        double plotW = width - LEFT - RIGHT;
        double plotH = height - TOP - BOTTOM;
        if (plotW < 20 || plotH < 20) {
            return;
        }
        Range xr = Range.of(data.xs());
        Range yr = Range.of(data.ys());
        drawAxes(g, xr, yr, plotW, plotH, axis);
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, plotW, plotH);
        g.clip();
        double size = data.size() > 5000 ? 2.5 : 5;
        float[] xs = data.xs();
        float[] ys = data.ys();
        for (int i = 0; i < xs.length; i++) {
            double px = LEFT + (xs[i] - xr.min) / xr.span() * plotW;
            double py = TOP + plotH - (ys[i] - yr.min) / yr.span() * plotH;
            g.setFill(colorOf(i));
            g.fillOval(px - size / 2, py - size / 2, size, size);
        }
        g.restore();
        drawLegend(g, width, axis);
    }

    private Color colorOf(int i) {
        if (data.groups() != null) {
            int group = data.groups()[i];
            return group < 0 ? UNKNOWN : withAlpha(PALETTE.get(group % PALETTE.size()));
        }
        if (data.shades() != null) {
            float shade = data.shades()[i];
            return Float.isNaN(shade) ? UNKNOWN : withAlpha(ramp(shade));
        }
        return withAlpha(PALETTE.get(0));
    }

    private Color withAlpha(Color color) {
        double alpha = data.size() > 5000 ? 0.45 : 0.75;
        return Color.color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }

    /** A blue-to-orange ramp that stays visible on both themes. */
    private static Color ramp(double t) {
        return Color.web("#4e79a7").interpolate(Color.web("#f28e2b"), t);
    }

    private void drawAxes(GraphicsContext g, Range xr, Range yr, double plotW, double plotH, Paint axis) {
        g.setLineWidth(1);
        g.setStroke(gridColor.get());
        g.setFill(axis);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double tick : AxisTicks.linear(xr.min, xr.max, Math.max(2, (int) (plotW / 80)))) {
            double px = Math.round(LEFT + (tick - xr.min) / xr.span() * plotW) + 0.5;
            g.strokeLine(px, TOP, px, TOP + plotH);
            g.fillText(AxisTicks.format(tick), px, TOP + plotH + 4);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double tick : AxisTicks.linear(yr.min, yr.max, Math.max(2, (int) (plotH / 50)))) {
            double py = Math.round(TOP + plotH - (tick - yr.min) / yr.span() * plotH) + 0.5;
            g.strokeLine(LEFT, py, LEFT + plotW, py);
            g.fillText(AxisTicks.format(tick), LEFT - 6, py);
        }
        g.setStroke(axis);
        g.strokeRect(LEFT + 0.5, TOP + 0.5, plotW, plotH);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(data.xLabel(), LEFT + plotW / 2, TOP + plotH + BOTTOM - 4);
        g.save();
        g.translate(12, TOP + plotH / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(data.yLabel(), 0, 0);
        g.restore();
    }

    /** Draws the legend in a row above the plot, so it never hides points. */
    private void drawLegend(GraphicsContext g, double width, Paint axis) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double y = TOP / 2;
        double x = LEFT;
        if (data.groups() != null) {
            int shown = Math.min(data.groupNames().size(), 10);
            for (int k = 0; k < shown && x < width - 40; k++) {
                String name = shorten(data.groupNames().get(k));
                g.setFill(PALETTE.get(k % PALETTE.size()));
                g.fillOval(x, y - 4, 8, 8);
                g.setFill(axis);
                g.fillText(name, x + 12, y);
                x += 12 + textWidth(name) + 14;
            }
        } else if (data.shades() != null) {
            g.setFill(axis);
            String low = NumberLabels.format(data.shadeMin());
            g.fillText(low, x, y);
            x += textWidth(low) + 6;
            for (int k = 0; k < 60; k++) {
                g.setFill(ramp(k / 59.0));
                g.fillRect(x + k * 2, y - 4, 2, 8);
            }
            g.setFill(axis);
            g.fillText(NumberLabels.format(data.shadeMax()) + "  " + data.colorLabel(), x + 126, y);
        }
    }

    private static double textWidth(String text) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(Font.font(11));
        return probe.getLayoutBounds().getWidth();
    }

    private static String shorten(String text) {
        return text.length() > 18 ? text.substring(0, 17) + "…" : text;
    }

    /** The extent of one axis, padded so points do not sit on the frame. */
    private record Range(double min, double max) {
        static Range of(float[] values) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (float v : values) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            if (hi - lo < 1e-12) {
                lo -= 1;
                hi += 1;
            }
            double pad = (hi - lo) * 0.04;
            return new Range(lo - pad, hi + pad);
        }

        double span() {
            return max - min;
        }
    }
}

package deepdesk.ui.common.chart;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A model's output over a 2-D grid of two inputs, drawn as colours (TensorFlow Playground's
 * decision surface), with data points on top. A scalar grid (regression, or the probability of
 * the positive class) uses a diverging orange-white-blue map; a class grid colours each cell by
 * its most probable class, fainter where the model is unsure. "Discretise" shows hard
 * decisions only.
 *
 * <p>Threading: FX thread only. Callers compute the grid elsewhere and hand over a copy.
 */
public final class HeatmapView extends CanvasRegion {

    /** Class colours, chosen to stay apart for colour-blind readers (Okabe-Ito). */
    public static final Color[] CLASS_COLORS = {
        Color.web("#E69F00"), Color.web("#0072B2"), Color.web("#009E73"), Color.web("#CC79A7"),
        Color.web("#D55E00"), Color.web("#56B4E9"), Color.web("#F0E442"), Color.web("#000000"),
        Color.web("#999999"), Color.web("#8C564B")};
    private static final Color NEGATIVE = Color.web("#F59322");
    private static final Color POSITIVE = Color.web("#0877BD");
    private static final Font FONT = Font.font(11);

    private final BooleanProperty discretize = new SimpleBooleanProperty(this, "discretize");
    private final BooleanProperty showAxes = new SimpleBooleanProperty(this, "showAxes", true);
    private final StringProperty xLabel = new SimpleStringProperty(this, "xLabel", "");
    private final StringProperty yLabel = new SimpleStringProperty(this, "yLabel", "");
    private float[] grid = new float[0];
    private int gridCols;
    private int gridRows;
    private int classCount;
    private double low = -1;
    private double high = 1;
    private double xMin = -1;
    private double xMax = 1;
    private double yMin = -1;
    private double yMax = 1;
    private float[] pointXs = new float[0];
    private float[] pointYs = new float[0];
    private int[] pointClasses = new int[0];
    private float[] pointValues = new float[0];
    private boolean[] pointIsTest = new boolean[0];
    private int updates;

    /** Creates an empty heat map. */
    public HeatmapView() {
        discretize.addListener((o, a, b) -> requestRepaint());
        showAxes.addListener((o, a, b) -> requestRepaint());
        xLabel.addListener((o, a, b) -> requestRepaint());
        yLabel.addListener((o, a, b) -> requestRepaint());
        setMinSize(40, 40);
        setPrefSize(320, 320);
    }

    /** Whether only hard decisions are shown (no shades of confidence). */
    public BooleanProperty discretizeProperty() {
        return discretize;
    }

    /** Whether axes, labels and a frame are drawn (off for small neuron thumbnails). */
    public BooleanProperty showAxesProperty() {
        return showAxes;
    }

    /** The name of the horizontal input. */
    public StringProperty xLabelProperty() {
        return xLabel;
    }

    /** The name of the vertical input. */
    public StringProperty yLabelProperty() {
        return yLabel;
    }

    /** How many grids have been shown; tests and benchmarks watch it change. */
    public int updateCount() {
        return updates;
    }

    /**
     * Shows one value per cell.
     *
     * @param values row-major, {@code rows * cols}; row 0 is the lowest y
     * @param low    the value drawn fully orange
     * @param high   the value drawn fully blue; the middle is white
     */
    public void showScalarGrid(float[] values, int cols, int rows, double low, double high) {
        this.grid = values;
        this.gridCols = cols;
        this.gridRows = rows;
        this.classCount = 0;
        this.low = low;
        this.high = high;
        updates++;
        requestRepaint();
    }

    /**
     * Shows class probabilities per cell.
     *
     * @param probabilities row-major cells, each with {@code classCount} probabilities
     */
    public void showClassGrid(float[] probabilities, int classCount, int cols, int rows) {
        this.grid = probabilities;
        this.classCount = classCount;
        this.gridCols = cols;
        this.gridRows = rows;
        updates++;
        requestRepaint();
    }

    /** The data area the grid covers. */
    public void setDomain(double xMin, double xMax, double yMin, double yMax) {
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        requestRepaint();
    }

    /**
     * The data points drawn on top.
     *
     * @param classes per point its class (classification) or {@code null}
     * @param values  per point its target value (regression) or {@code null}
     * @param isTest  per point whether it is held out (drawn with a dark ring)
     */
    public void setPoints(float[] xs, float[] ys, int[] classes, float[] values, boolean[] isTest) {
        this.pointXs = xs;
        this.pointYs = ys;
        this.pointClasses = classes;
        this.pointValues = values;
        this.pointIsTest = isTest;
        requestRepaint();
    }

    /** The colour of a scalar value on the diverging map. */
    public Color scalarColor(double v) {
        double t = (v - low) / (high - low);
        t = Math.max(0, Math.min(1, t));
        if (discretize.get()) {
            t = t < 0.5 ? 0 : 1;
        }
        if (t < 0.5) {
            return NEGATIVE.interpolate(Color.WHITE, t * 2);
        }
        return Color.WHITE.interpolate(POSITIVE, (t - 0.5) * 2);
    }

    private void requestRepaint() {
        requestLayout();
        setNeedsLayout(true);
    }

    @Override
    protected void paint() {
        GraphicsContext g = clearedCanvas();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        boolean axes = showAxes.get();
        double left = axes ? 40 : 0;
        double bottom = axes ? 32 : 0;
        double size = Math.min(w - left - (axes ? 8 : 0), h - bottom - (axes ? 8 : 0));
        if (size < 4) {
            return;
        }
        double top = axes ? 8 : (h - size) / 2;
        if (!axes) {
            left = (w - size) / 2;
        }
        if (gridCols > 0 && gridRows > 0) {
            g.setImageSmoothing(!discretize.get());
            g.drawImage(gridImage(), left, top, size, size);
        }
        drawPoints(g, left, top, size);
        if (axes) {
            drawAxes(g, left, top, size);
        }
    }

    private WritableImage gridImage() {
        WritableImage image = new WritableImage(gridCols, gridRows);
        PixelWriter pw = image.getPixelWriter();
        for (int r = 0; r < gridRows; r++) {
            int imageRow = gridRows - 1 - r;
            for (int c = 0; c < gridCols; c++) {
                pw.setColor(c, imageRow, cellColor(r * gridCols + c));
            }
        }
        return image;
    }

    private Color cellColor(int cell) {
        if (classCount == 0) {
            return scalarColor(grid[cell]);
        }
        int base = cell * classCount;
        int best = 0;
        for (int k = 1; k < classCount; k++) {
            if (grid[base + k] > grid[base + best]) {
                best = k;
            }
        }
        Color color = CLASS_COLORS[best % CLASS_COLORS.length];
        if (discretize.get()) {
            return Color.WHITE.interpolate(color, 0.55);
        }
        double floor = 1.0 / classCount;
        double confidence = (grid[base + best] - floor) / (1 - floor);
        return Color.WHITE.interpolate(color, 0.15 + 0.6 * Math.max(0, Math.min(1, confidence)));
    }

    private void drawPoints(GraphicsContext g, double left, double top, double size) {
        double radius = size > 150 ? 3.5 : 1.5;
        for (int i = 0; i < pointXs.length; i++) {
            double px = left + (pointXs[i] - xMin) / (xMax - xMin) * size;
            double py = top + (1 - (pointYs[i] - yMin) / (yMax - yMin)) * size;
            if (px < left || px > left + size || py < top || py > top + size) {
                continue;
            }
            Color fill;
            if (pointClasses != null) {
                fill = classCount == 0 && pointClasses[i] <= 1
                        ? (pointClasses[i] == 1 ? POSITIVE : NEGATIVE)
                        : CLASS_COLORS[pointClasses[i] % CLASS_COLORS.length];
            } else if (pointValues != null) {
                fill = scalarColor(pointValues[i]);
            } else {
                fill = Color.GRAY;
            }
            g.setFill(fill);
            g.fillOval(px - radius, py - radius, radius * 2, radius * 2);
            boolean test = pointIsTest != null && pointIsTest[i];
            g.setStroke(test ? Color.BLACK : Color.WHITE);
            g.setLineWidth(test ? 1.5 : 0.8);
            g.strokeOval(px - radius, py - radius, radius * 2, radius * 2);
        }
    }

    private void drawAxes(GraphicsContext g, double left, double top, double size) {
        g.setStroke(palette.axis());
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, size, size);
        g.setFont(FONT);
        g.setFill(palette.mutedText());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : AxisTicks.linear(xMin, xMax, 4)) {
            double px = left + (t - xMin) / (xMax - xMin) * size;
            g.fillText(AxisTicks.format(t), px, top + size + 3);
        }
        g.fillText(xLabel.get(), left + size / 2, top + size + 17);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : AxisTicks.linear(yMin, yMax, 4)) {
            double py = top + (1 - (t - yMin) / (yMax - yMin)) * size;
            g.fillText(AxisTicks.format(t), left - 4, py);
        }
        g.save();
        g.translate(9, top + size / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(yLabel.get(), 0, 0);
        g.restore();
    }
}

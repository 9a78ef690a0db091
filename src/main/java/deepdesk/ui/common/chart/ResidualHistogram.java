package deepdesk.ui.common.chart;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A histogram of residuals (actual minus predicted) on a canvas, with a line at zero, as the
 * Train screen shows it for the validation rows and the Evaluate screen for the split judged.
 *
 * <p>Threading: FX thread only.
 */
public final class ResidualHistogram extends CanvasRegion {

    private static final int BINS = 30;
    private static final Color BAR = Color.web("#0877BD", 0.75);
    private static final Color ZERO = Color.web("#F59322");

    private final String title;
    private double[] residuals = new double[0];

    /**
     * Creates an empty histogram.
     *
     * @param title the title drawn above the bars, such as "Residuals (validation)"
     */
    public ResidualHistogram(String title) {
        this.title = title;
        setMinSize(120, 100);
        setPrefSize(320, 200);
    }

    /** Shows these residuals. */
    public void show(double[] values) {
        residuals = values;
        requestLayout();
    }

    /** Repaints with the current colours (after a theme change). */
    public void repaint() {
        requestLayout();
    }

    /** Counts residuals in {@code bins} equal bins between {@code low} and {@code high}. */
    static int[] count(double[] values, double low, double high, int bins) {
        int[] counts = new int[bins];
        for (double v : values) {
            if (Double.isFinite(v)) {
                int bin = (int) ((v - low) / (high - low) * bins);
                counts[Math.max(0, Math.min(bins - 1, bin))]++;
            }
        }
        return counts;
    }

    @Override
    protected void paint() {
        GraphicsContext g = clearedCanvas();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double extent = 0;
        for (double v : residuals) {
            if (Double.isFinite(v)) {
                extent = Math.max(extent, Math.abs(v));
            }
        }
        if (extent == 0) {
            extent = 1;
        }
        int[] counts = count(residuals, -extent, extent, BINS);
        int most = 1;
        for (int c : counts) {
            most = Math.max(most, c);
        }
        PlotFrame frame = new PlotFrame(w, h, -extent * 1.05, extent * 1.05, 0, most * 1.1);
        frame.draw(g, palette, title, "actual − predicted", "rows");
        double binWidth = frame.width / BINS;
        g.setFill(BAR);
        for (int b = 0; b < BINS; b++) {
            double top = frame.py(counts[b]);
            g.fillRect(frame.x0 + b * binWidth + 1, top, Math.max(1, binWidth - 2), frame.y0 + frame.height - top);
        }
        g.setStroke(ZERO);
        g.setLineWidth(2);
        g.strokeLine(frame.px(0), frame.y0, frame.px(0), frame.y0 + frame.height);
    }
}

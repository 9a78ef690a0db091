package deepdesk.ui.common.chart;

import javafx.scene.paint.Color;

/**
 * The colours a canvas chart paints its frame with, switched as a whole when the theme changes.
 *
 * <p>Threading: FX thread only.
 */
public final class ChartPalette {

    private boolean dark;

    /** Whether the dark colours are in use. */
    public boolean isDark() {
        return dark;
    }

    /** Switches between the light and the dark colours. */
    public void setDark(boolean dark) {
        this.dark = dark;
    }

    /** The plot background. */
    public Color background() {
        return dark ? Color.web("#0d1117") : Color.WHITE;
    }

    /** Titles, legend and read-outs. */
    public Color text() {
        return dark ? Color.web("#e6edf3") : Color.web("#1f2328");
    }

    /** Axis labels and tick numbers. */
    public Color mutedText() {
        return dark ? Color.web("#9198a1") : Color.web("#59636e");
    }

    /** The plot frame and the hover guide. */
    public Color axis() {
        return dark ? Color.web("#3d444d") : Color.web("#d1d9e0");
    }

    /** Grid lines. */
    public Color grid() {
        return dark ? Color.web("#21262d") : Color.web("#eff2f5");
    }

    /** The background of the hover read-out. */
    public Color tooltipBackground() {
        return dark ? Color.web("#161b22", 0.95) : Color.web("#ffffff", 0.95);
    }
}

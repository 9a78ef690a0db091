package deepdesk.ui.common.chart;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A region that draws itself on one canvas filling its content area: it resizes the canvas at
 * layout and repaints. Subclasses call {@link #requestLayout()} when what they show changes, so
 * any number of changes in one pulse cause a single repaint.
 *
 * <p>Threading: FX thread only.
 */
public abstract class CanvasRegion extends Region {

    /** The canvas everything is drawn on. */
    protected final Canvas canvas = new Canvas();
    /** The background, frame and text colours; follow the theme by changing them. */
    protected final ChartPalette palette = new ChartPalette();

    /** Creates the region with its canvas. */
    protected CanvasRegion() {
        getChildren().add(canvas);
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        canvas.setWidth(Math.max(0, Math.floor(getWidth() - snappedLeftInset() - snappedRightInset())));
        canvas.setHeight(Math.max(0, Math.floor(getHeight() - snappedTopInset() - snappedBottomInset())));
        paint();
    }

    /** The background, frame and text colours. */
    public ChartPalette palette() {
        return palette;
    }

    /** The canvas's graphics, filled with the background colour, ready to draw on. */
    protected GraphicsContext clearedCanvas() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(palette.background());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        return g;
    }

    /** Draws everything on {@link #canvas} at its current size. */
    protected abstract void paint();
}

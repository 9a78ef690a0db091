package deepdesk.ui.common.chart;

import javafx.scene.canvas.Canvas;
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

    /** Draws everything on {@link #canvas} at its current size. */
    protected abstract void paint();
}

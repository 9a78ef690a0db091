package deepdesk.ui;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;

/**
 * The DeepDesk logo, drawn in code: a small three-layer network on a rounded tile.
 *
 * <p>Threading: FX thread only (it renders a snapshot).
 */
public final class Logo {

    private Logo() {
    }

    /** The logo as a square image {@code size} pixels wide. */
    public static Image image(int size) {
        Canvas canvas = new Canvas(size, size);
        draw(canvas.getGraphicsContext2D(), size);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        return canvas.snapshot(parameters, new WritableImage(size, size));
    }

    private static void draw(GraphicsContext g, double size) {
        double arc = size * 0.42;
        g.setFill(new LinearGradient(0, 0, 1, 1, true, CycleMethod.NO_CYCLE,
                new Stop(0, Color.web("#3b5bdb")), new Stop(1, Color.web("#12b886"))));
        g.fillRoundRect(0, 0, size, size, arc, arc);
        double[][] layers = {
            {0.30, 0.50, 0.70},
            {0.22, 0.41, 0.59, 0.78},
            {0.40, 0.60},
        };
        double[] xs = {0.22, 0.50, 0.78};
        g.setStroke(Color.color(1, 1, 1, 0.55));
        g.setLineWidth(Math.max(1, size / 64));
        for (int l = 0; l < layers.length - 1; l++) {
            for (double from : layers[l]) {
                for (double to : layers[l + 1]) {
                    g.strokeLine(xs[l] * size, from * size, xs[l + 1] * size, to * size);
                }
            }
        }
        double radius = size * 0.065;
        for (int l = 0; l < layers.length; l++) {
            for (double y : layers[l]) {
                g.setFill(Color.WHITE);
                g.fillOval(xs[l] * size - radius, y * size - radius, 2 * radius, 2 * radius);
            }
        }
    }
}

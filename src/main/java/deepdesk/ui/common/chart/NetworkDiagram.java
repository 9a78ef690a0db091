package deepdesk.ui.common.chart;

import java.util.Locale;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The network drawn as layers of units joined by edges: an edge's colour is its weight's sign
 * (blue positive, orange negative) and its thickness the weight's size. A wide layer shows its
 * first units and a "+n" marker. Hovering an edge shows its exact weight; hovering a unit its
 * bias. Redraws whenever it is given new weights, so it animates while training runs.
 *
 * <p>Threading: FX thread only.
 */
public final class NetworkDiagram extends CanvasRegion {

    /** Units drawn per layer before the rest are collapsed into a "+n" marker. */
    static final int MAX_VISIBLE_UNITS = 12;
    private static final Color POSITIVE = Color.web("#0877BD");
    private static final Color NEGATIVE = Color.web("#F59322");
    private static final Font FONT = Font.font(11);

    private NetworkPicture picture;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;
    private String hoverText = "";

    /** Creates an empty diagram. */
    public NetworkDiagram() {
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            mouseX = e.getX();
            mouseY = e.getY();
            requestLayout();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            mouseX = Double.NaN;
            requestLayout();
        });
        setMinSize(200, 120);
        setPrefSize(520, 300);
    }

    /** Shows a network; {@code null} clears the diagram. */
    public void show(NetworkPicture picture) {
        this.picture = picture;
        requestLayout();
    }

    /** What the pointer is over: "weight x1 → h1.3 = 0.42", a bias, or the empty string. */
    public String hoverText() {
        return hoverText;
    }

    /** Moves the simulated pointer, as a mouse move would (for keyboard users and tests). */
    public void hoverAt(double x, double y) {
        mouseX = x;
        mouseY = y;
        paint();
    }

    /** The centre of unit {@code unit} of layer {@code layer} as drawn now, if it is visible. */
    public Optional<double[]> unitCentre(int layer, int unit) {
        if (picture == null || unit >= visibleUnits(layer)) {
            return Optional.empty();
        }
        return Optional.of(new double[] {layerX(layer), unitY(layer, unit)});
    }

    @Override
    protected void paint() {
        GraphicsContext g = clearedCanvas();
        hoverText = "";
        if (picture == null) {
            return;
        }
        int layers = picture.layerSizes().length;
        double maxAbs = maxAbsWeight();
        String edgeHover = null;
        double bestDistance = 4;
        for (int l = 0; l + 1 < layers; l++) {
            for (int i = 0; i < visibleUnits(l); i++) {
                for (int j = 0; j < visibleUnits(l + 1); j++) {
                    double x1 = layerX(l) + radius();
                    double y1 = unitY(l, i);
                    double x2 = layerX(l + 1) - radius();
                    double y2 = unitY(l + 1, j);
                    if (picture.hasWeights()) {
                        float w = picture.weight(l, i, j);
                        double t = maxAbs == 0 ? 0 : Math.abs(w) / maxAbs;
                        g.setStroke((w >= 0 ? POSITIVE : NEGATIVE).deriveColor(0, 1, 1, 0.25 + 0.75 * t));
                        g.setLineWidth(0.5 + 4 * t);
                        double d = distanceToSegment(mouseX, mouseY, x1, y1, x2, y2);
                        if (d < bestDistance) {
                            bestDistance = d;
                            edgeHover = String.format(Locale.ROOT, "weight %s → %s = %.4f",
                                    unitName(l, i), unitName(l + 1, j), w);
                        }
                    } else {
                        g.setStroke(palette.axis());
                        g.setLineWidth(1);
                    }
                    g.strokeLine(x1, y1, x2, y2);
                }
            }
        }
        for (int l = 0; l < layers; l++) {
            drawLayer(g, l);
        }
        if (hoverText.isEmpty() && edgeHover != null) {
            hoverText = edgeHover;
        }
        if (!hoverText.isEmpty()) {
            g.setFont(FONT);
            g.setFill(palette.text());
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(hoverText, 8, canvas.getHeight() - 6);
        }
    }

    private void drawLayer(GraphicsContext g, int l) {
        int size = picture.layerSizes()[l];
        int visible = visibleUnits(l);
        double x = layerX(l);
        double r = radius();
        for (int u = 0; u < visible; u++) {
            double y = unitY(l, u);
            Color fill = palette.background();
            if (l > 0 && picture.hasWeights()) {
                float b = picture.biases()[l - 1][u];
                fill = (b >= 0 ? POSITIVE : NEGATIVE).deriveColor(0, 1, 1,
                        Math.min(1, 0.15 + Math.abs(b)));
                if (Math.hypot(mouseX - x, mouseY - y) <= r) {
                    hoverText = String.format(Locale.ROOT, "bias of %s = %.4f", unitName(l, u), b);
                }
            } else if (l == 0 && Math.hypot(mouseX - x, mouseY - y) <= r) {
                hoverText = "input " + unitName(0, u);
            }
            g.setFill(fill);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(palette.text());
            g.setLineWidth(1);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        g.setFont(FONT);
        g.setFill(palette.mutedText());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        if (visible < size) {
            g.fillText("+" + (size - visible) + " more", x, unitY(l, visible - 1) + r + 4);
        }
        String caption = l < picture.layerNames().size() ? picture.layerNames().get(l) : "";
        g.fillText(caption + " (" + size + ")", x, 4);
        if (l == 0) {
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            for (int u = 0; u < visible && u < picture.inputNames().size(); u++) {
                g.fillText(shorten(picture.inputNames().get(u)), x - r - 4, unitY(0, u));
            }
        }
    }

    private String unitName(int layer, int unit) {
        if (layer == 0) {
            return unit < picture.inputNames().size() ? picture.inputNames().get(unit) : "x" + (unit + 1);
        }
        if (layer == picture.layerSizes().length - 1) {
            return "output " + (unit + 1);
        }
        return "h" + layer + "." + (unit + 1);
    }

    private int visibleUnits(int layer) {
        return Math.min(picture.layerSizes()[layer], MAX_VISIBLE_UNITS);
    }

    private double layerX(int layer) {
        int layers = picture.layerSizes().length;
        double left = 110;
        double right = 40;
        double usable = canvas.getWidth() - left - right;
        return layers == 1 ? left + usable / 2 : left + usable * layer / (layers - 1);
    }

    private double unitY(int layer, int unit) {
        int visible = visibleUnits(layer);
        double top = 26;
        double bottom = 44;
        double usable = canvas.getHeight() - top - bottom;
        double step = usable / MAX_VISIBLE_UNITS;
        double height = step * (visible - 1);
        return top + (usable - height) / 2 + unit * step;
    }

    private double radius() {
        double step = (canvas.getHeight() - 70) / MAX_VISIBLE_UNITS;
        return Math.max(3, Math.min(11, step * 0.4));
    }

    private double maxAbsWeight() {
        double max = 0;
        if (picture.hasWeights()) {
            for (float[] layer : picture.weights()) {
                for (float w : layer) {
                    max = Math.max(max, Math.abs(w));
                }
            }
        }
        return max;
    }

    private static String shorten(String name) {
        return name.length() <= 14 ? name : name.substring(0, 13) + "…";
    }

    private static double distanceToSegment(double px, double py, double x1, double y1, double x2,
                                            double y2) {
        if (Double.isNaN(px)) {
            return Double.POSITIVE_INFINITY;
        }
        double dx = x2 - x1;
        double dy = y2 - y1;
        double t = ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy);
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }
}

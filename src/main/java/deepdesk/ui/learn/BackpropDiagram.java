package deepdesk.ui.learn;

import deepdesk.core.lesson.BackpropPass;
import deepdesk.core.lesson.BackpropStage;
import deepdesk.core.lesson.BackpropStage.Kind;
import deepdesk.ui.common.chart.CanvasRegion;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Lesson 3's network: two inputs, the hidden units, the output and the loss, each box showing its
 * numbers for the chosen row (weighted sum z, activation a and, once the backward pass has reached
 * it, its delta δ), and each edge its weight and, once computed, its gradient ∂J/∂w; during the
 * update an edge shows old → new. A value not computed yet in the current training step shows
 * as "?". The stage's nodes and edges are highlighted.
 *
 * <p>Threading: FX thread only.
 */
final class BackpropDiagram extends CanvasRegion {

    private static final Color POSITIVE = Color.web("#0877BD");
    private static final Color NEGATIVE = Color.web("#F59322");
    private static final Color HIGHLIGHT = Color.web("#d6336c");
    private static final double LINE = 1.3;
    /**
     * Where along a first-layer edge its label sits. decision: near the hidden unit, where the
     * edges into one unit are a quarter of the inputs' spacing apart and those into the next unit
     * three quarters of the units' spacing further down, so labels do not overlap even with four
     * hidden units; labels spread along the edges collided.
     */
    private static final double FIRST_LAYER_LABEL_AT = 0.75;

    private BackpropLessonViewModel.Picture picture;
    private List<String> highlighted = List.of();
    private double font;
    private double boxWidth;
    private double boxHeight;
    private double inputWidth;

    BackpropDiagram() {
        setId("backprop-diagram");
        setMinSize(420, 260);
        setPrefSize(900, 480);
    }

    /** Shows a moment of the lesson; null clears the diagram. */
    void show(BackpropLessonViewModel.Picture picture) {
        this.picture = picture;
        this.highlighted = picture == null ? List.of()
                : highlightsOf(picture.stage(), picture.pass().hiddenUnits());
        requestLayout();
    }

    /** Names of the highlighted nodes and edges, such as [h2, w12, w22]. */
    List<String> highlighted() {
        return highlighted;
    }

    /** What the stage concerns: its nodes (x1, h2, output, loss) and edges (w12, v2). */
    static List<String> highlightsOf(BackpropStage stage, int hiddenUnits) {
        String j = Integer.toString(stage.unit() + 1);
        List<String> names = new ArrayList<>();
        switch (stage.kind()) {
            case INPUT -> names.addAll(List.of("x1", "x2", "loss"));
            case HIDDEN_SUM, HIDDEN_WEIGHT_GRADIENTS, UPDATE_HIDDEN -> names.addAll(List.of("h" + j, "w1" + j, "w2" + j));
            case HIDDEN_ACTIVATION -> names.add("h" + j);
            case OUTPUT_SUM, UPDATE_OUTPUT -> {
                names.add("output");
                for (int k = 1; k <= hiddenUnits; k++) {
                    names.add("v" + k);
                }
            }
            case OUTPUT, OUTPUT_DELTA, OUTPUT_BIAS_GRADIENT -> names.add("output");
            case LOSS -> names.addAll(List.of("output", "loss"));
            case LOSS_GRADIENT -> names.add("loss");
            case OUTPUT_WEIGHT_GRADIENT -> names.addAll(List.of("v" + j, "h" + j));
            case HIDDEN_DELTA -> names.addAll(List.of("h" + j, "v" + j, "output"));
        }
        return List.copyOf(names);
    }

    private boolean isHighlighted(String name) {
        return highlighted.contains(name);
    }

    @Override
    protected void paint() {
        GraphicsContext g = clearedCanvas();
        if (picture == null) {
            return;
        }
        BackpropPass p = picture.pass();
        int hidden = p.hiddenUnits();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        font = Math.max(10, Math.min(22, Math.min(h / (hidden * 7.2 + 3), w / 46)));
        boxWidth = textWidth("∂J/∂b = −0.00000", Font.font(font)) + font;
        boxHeight = 5 * LINE * font + 0.6 * font;
        inputWidth = textWidth("x = −0.00", Font.font(font)) + font;
        double inputX = 12 + inputWidth / 2;
        double outputX = w - 12 - boxWidth / 2;
        // decision: the first gap carries twice as many edge labels as the second, so it gets more room
        double left = inputX + inputWidth / 2;
        double free = outputX - boxWidth / 2 - left - boxWidth;
        double hiddenX = left + 0.58 * free + boxWidth / 2;
        double[] inputY = column(2, h);
        double[] hiddenY = column(hidden, h);
        double outputY = h / 2 - boxHeight / 2 - font * 0.8;
        double lossY = h / 2 + boxHeight / 2 + font * 0.8;

        List<Runnable> labels = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < hidden; j++) {
                labels.add(edge(g, "w" + (i + 1) + (j + 1), inputX + inputWidth / 2, inputY[i], hiddenX - boxWidth / 2,
                        hiddenY[j], FIRST_LAYER_LABEL_AT,
                        p.hiddenWeight(i, j), p.hiddenWeightGradient(i, j), p.hiddenWeightAfter(i, j),
                        picture.reached(Kind.HIDDEN_WEIGHT_GRADIENTS, j), picture.reached(Kind.UPDATE_HIDDEN, j)));
            }
        }
        for (int j = 0; j < hidden; j++) {
            labels.add(edge(g, "v" + (j + 1), hiddenX + boxWidth / 2, hiddenY[j], outputX - boxWidth / 2, outputY, 0.5,
                    p.outputWeight(j), p.outputWeightGradient(j), p.outputWeightAfter(j),
                    picture.reached(Kind.OUTPUT_WEIGHT_GRADIENT, j), picture.reached(Kind.UPDATE_OUTPUT, -1)));
        }
        // every line first, so that no edge runs across another edge's label
        labels.forEach(Runnable::run);
        g.setStroke(palette.mutedText());
        g.setLineWidth(1.5);
        g.strokeLine(outputX, outputY + boxHeight / 2, outputX, lossY - boxHeight / 2);

        int r = picture.row();
        for (int i = 0; i < 2; i++) {
            box(g, "x" + (i + 1), "x" + BackpropFormulas.subscript(i + 1), "", inputX, inputWidth, inputY[i],
                    List.of(value("x", p.input(r, i), true)));
        }
        boolean forwardDone = picture.reached(Kind.LOSS, -1);
        for (int j = 0; j < hidden; j++) {
            boolean updated = picture.reached(Kind.UPDATE_HIDDEN, j);
            String bias = "b " + BackpropFormulas.shortNum(p.hiddenBias(j))
                    + (updated ? " → " + BackpropFormulas.shortNum(p.hiddenBiasAfter(j)) : "");
            box(g, "h" + (j + 1), "h" + BackpropFormulas.subscript(j + 1), bias, hiddenX, boxWidth, hiddenY[j],
                    List.of(
                    value("z", p.hiddenSum(r, j), picture.reached(Kind.HIDDEN_SUM, j)),
                    value("a", p.hiddenActivation(r, j), picture.reached(Kind.HIDDEN_ACTIVATION, j)),
                    value("δ", p.hiddenDelta(r, j), picture.reached(Kind.HIDDEN_DELTA, j)),
                    value("∂J/∂b", p.hiddenBiasGradient(j), picture.reached(Kind.HIDDEN_WEIGHT_GRADIENTS, j))));
        }
        boolean outputUpdated = picture.reached(Kind.UPDATE_OUTPUT, -1);
        String outputBias = "c " + BackpropFormulas.shortNum(p.outputBias())
                + (outputUpdated ? " → " + BackpropFormulas.shortNum(p.outputBiasAfter()) : "");
        box(g, "output", "out", outputBias, outputX, boxWidth, outputY, List.of(
                value("z", p.outputSum(r), picture.reached(Kind.OUTPUT_SUM, -1)),
                value("ŷ", p.prediction(r), picture.reached(Kind.OUTPUT, -1)),
                value("δ", p.outputDelta(r), picture.reached(Kind.OUTPUT_DELTA, -1)),
                value("∂J/∂c", p.outputBiasGradient(), picture.reached(Kind.OUTPUT_BIAS_GRADIENT, -1))));
        box(g, "loss", "loss", "", outputX, boxWidth, lossY, List.of(
                value("y", p.target(r), true),
                value("L", p.rowLoss(r), forwardDone),
                value("∂L/∂ŷ", p.lossGradient(r), picture.reached(Kind.LOSS_GRADIENT, -1)),
                value("J", p.loss(), forwardDone)));
    }

    private static double textWidth(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    private double[] column(int units, double height) {
        double gap = Math.max(font * 0.8, (height - units * boxHeight) / (units + 1));
        double used = units * boxHeight + (units - 1) * gap;
        double top = (height - used) / 2 + boxHeight / 2;
        double[] y = new double[units];
        for (int u = 0; u < units; u++) {
            y[u] = top + u * (boxHeight + gap);
        }
        return y;
    }

    private record Value(String text, boolean known) {
    }

    private static Value value(String name, double v, boolean known) {
        return new Value(name + " = " + (known ? BackpropFormulas.shortNum(v) : "?"), known);
    }

    private void box(GraphicsContext g, String name, String title, String corner, double cx, double width,
                     double cy, List<Value> lines) {
        double height = (lines.size() + 1) * LINE * font + 0.6 * font;
        double x = cx - width / 2;
        double y = cy - height / 2;
        boolean lit = isHighlighted(name);
        g.setFill(lit ? HIGHLIGHT.deriveColor(0, 1, 1, 0.12) : palette.background());
        g.fillRoundRect(x, y, width, height, font, font);
        g.setStroke(lit ? HIGHLIGHT : palette.mutedText());
        g.setLineWidth(lit ? 3 : 1.2);
        g.strokeRoundRect(x, y, width, height, font, font);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(Font.font(null, FontWeight.BOLD, font));
        g.setFill(palette.text());
        double pad = 0.5 * font;
        g.fillText(title, x + pad, y + 0.35 * font);
        if (!corner.isEmpty()) {
            g.setFont(Font.font(font * 0.85));
            g.setFill(palette.mutedText());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(corner, x + width - pad, y + 0.45 * font);
            g.setTextAlign(TextAlignment.LEFT);
        }
        g.setFont(Font.font(font));
        for (int k = 0; k < lines.size(); k++) {
            Value line = lines.get(k);
            g.setFill(line.known() ? palette.text() : palette.mutedText());
            g.fillText(line.text(), x + pad, y + 0.35 * font + (k + 1) * LINE * font);
        }
    }

    /** Draws the edge's line and returns what draws its label. */
    private Runnable edge(GraphicsContext g, String name, double ax, double y1, double bx, double y2, double t,
                          float weight, float gradient, float after, boolean gradientKnown, boolean updated) {
        boolean lit = isHighlighted(name);
        double strength = Math.min(1, Math.abs(weight));
        g.setStroke(lit ? HIGHLIGHT : (weight >= 0 ? POSITIVE : NEGATIVE).deriveColor(0, 1, 1, 0.35 + 0.5 * strength));
        g.setLineWidth(lit ? 4 : 1 + 2.5 * strength);
        g.strokeLine(ax, y1, bx, y2);
        return () -> {
            String top = name.charAt(0) + BackpropFormulas.subscript(Integer.parseInt(name.substring(1))) + " = "
                    + BackpropFormulas.shortNum(weight) + (updated ? " → " + BackpropFormulas.shortNum(after) : "");
            String bottom = gradientKnown ? "∂J = " + BackpropFormulas.shortNum(gradient) : "";
            double size = font * 0.8;
            Font labelFont = Font.font(size);
            double labelWidth = Math.max(textWidth(top, labelFont), textWidth(bottom, labelFont)) + size;
            // decision: a wide label moves sideways to stay clear of the boxes but keeps the height of
            // its point on the edge, so that the vertical spacing that keeps labels apart holds
            double lx = Math.max(ax + labelWidth / 2 + 4, Math.min(bx - labelWidth / 2 - 4, ax + (bx - ax) * t));
            double ly = y1 + (y2 - y1) * t;
            double height = (bottom.isEmpty() ? 1 : 2) * LINE * size + 0.3 * size;
            g.setFill(palette.background().deriveColor(0, 1, 1, 0.88));
            g.fillRoundRect(lx - labelWidth / 2, ly - height / 2, labelWidth, height, size, size);
            if (lit) {
                g.setStroke(HIGHLIGHT);
                g.setLineWidth(1.5);
                g.strokeRoundRect(lx - labelWidth / 2, ly - height / 2, labelWidth, height, size, size);
            }
            g.setFont(labelFont);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.setFill(palette.text());
            g.fillText(top, lx, ly - height / 2 + 0.2 * size);
            if (!bottom.isEmpty()) {
                g.setFill(lit ? HIGHLIGHT : palette.mutedText());
                g.fillText(bottom, lx, ly - height / 2 + 0.2 * size + LINE * size);
            }
        };
    }
}

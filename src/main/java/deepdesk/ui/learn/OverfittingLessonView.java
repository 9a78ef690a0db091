package deepdesk.ui.learn;

import deepdesk.core.lesson.LessonPackSettings;
import deepdesk.core.lesson.OverfittingSettings;
import deepdesk.ui.common.chart.ChartSeries;
import deepdesk.ui.common.chart.LiveLineChart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Lesson 4 on screen: the training and validation loss side by side with the gap between them
 * shaded, the points with the network's curve, and the controls that make a network overfit or
 * stop it from doing so.
 *
 * <p>Threading: FX thread only.
 */
public final class OverfittingLessonView extends BorderPane implements LessonPage {

    /** Hidden-layer sizes the size slider steps through. */
    static final int[] SIZES = {2, 4, 8, 16, 32, 64, 128, 256};
    /** L2 strengths the L2 slider steps through. */
    static final double[] L2_STEPS = {0, 1e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 0.1};
    private static final double LABEL_EMS = 11;
    private static final Color TRAIN = Color.web("#0877BD");
    private static final Color VALIDATION = Color.web("#e4572e");

    private final OverfittingLessonViewModel model;
    private final LiveLineChart losses = new LiveLineChart();
    private final OverfittingFitPlot fit = new OverfittingFitPlot();
    private final ChartSeries trainLoss;
    private final ChartSeries validationLoss;
    private final LossCurves curves;
    private final List<LessonControl> controls = new ArrayList<>();

    /** Builds the lesson around its view model. */
    public OverfittingLessonView(OverfittingLessonViewModel model) {
        this.model = model;
        setId("lesson-overfitting");
        setPadding(new Insets(12));
        Label heading = new Label("Overfitting and regularisation");
        heading.getStyleClass().add("title-3");
        Label intro = new Label("A network with thousands of weights learns 16 noisy points of "
                + "sin 3x. The training loss keeps falling as it bends its curve through every "
                + "point, noise included, while the loss on fresh validation points rises again: the "
                + "shaded gap is overfitting. Shrink the network, add L2 or dropout, or stop early, "
                + "and watch the gap close.");
        intro.setWrapText(true);
        setTop(new VBox(4, heading, intro));

        losses.setId("overfitting-losses");
        losses.titleProperty().set("Loss, gap shaded");
        losses.xLabelProperty().set("epoch");
        losses.yLabelProperty().set("mean squared error");
        losses.smoothingProperty().set(0);
        losses.logScaleProperty().set(true);
        trainLoss = losses.addSeries("training", TRAIN);
        validationLoss = losses.addSeries("validation", VALIDATION);
        validationLoss.setDashed(true);
        curves = new LossCurves(trainLoss, validationLoss);
        losses.shadeBetween(trainLoss, validationLoss, VALIDATION.deriveColor(0, 1, 1, 0.18));
        fit.setId("overfitting-fit");
        HBox plots = new HBox(16, losses, fit);
        HBox.setHgrow(losses, Priority.ALWAYS);
        HBox.setHgrow(fit, Priority.ALWAYS);
        losses.setPrefWidth(520);
        fit.setPrefWidth(460);
        Label summary = new Label();
        summary.setId("overfitting-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Button train = new Button("Train again");
        train.setId("overfitting-train");
        train.setMinWidth(Region.USE_PREF_SIZE);
        train.setOnAction(e -> model.run());
        controls.add(new LessonControl("train", "Train again", train));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox status = new HBox(12, summary, spacer, train);
        status.setAlignment(Pos.CENTER_LEFT);
        VBox centre = new VBox(6, plots, status);
        VBox.setVgrow(plots, Priority.ALWAYS);
        centre.setPadding(new Insets(10, 0, 10, 0));
        setCenter(centre);
        setBottom(controlPane());

        model.epochsProperty().addListener((o, a, batch) -> {
            if (batch != null) {
                curves.add(batch);
            }
        });
        model.dataProperty().addListener((o, a, d) -> fit.showData(d));
        model.fittedProperty().addListener((o, a, c) -> {
            if (c != null) {
                fit.showCurve(c.xs(), c.ys());
            }
        });
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                model.activate();
                if (model.runCount() == 0) {
                    model.run();
                }
            } else {
                model.deactivate();
            }
        });
    }

    private GridPane controlPane() {
        GridPane grid = new GridPane();
        grid.setHgap(28);
        grid.setVgap(6);
        Slider points = slider("overfitting-points", OverfittingSettings.MIN_POINTS, 60, 1);
        bindInteger(points, model.trainPointsProperty());
        addRow(grid, 0, 0, "points", "Training points", points,
                v -> String.format(Locale.ROOT, "%.0f", v));
        Slider noise = slider("overfitting-noise", 0, 1, 0.05);
        noise.valueProperty().bindBidirectional(model.noiseProperty());
        addRow(grid, 1, 0, "noise", "Noise σ", noise, v -> String.format(Locale.ROOT, "%.2f", v));
        Slider size = slider("overfitting-size", 0, SIZES.length - 1, 1);
        bindSteps(size, model.hiddenUnitsProperty(), SIZES);
        addRow(grid, 2, 0, "network-size", "Neurons per layer", size,
                v -> Integer.toString(SIZES[(int) Math.round(v)]));
        Slider l2 = slider("overfitting-l2", 0, L2_STEPS.length - 1, 1);
        bindSteps(l2, model.l2Property(), L2_STEPS);
        addRow(grid, 0, 1, "l2", "L2 strength", l2, v -> formatL2(L2_STEPS[(int) Math.round(v)]));
        Slider dropout = slider("overfitting-dropout", 0, OverfittingSettings.MAX_DROPOUT, 0.05);
        dropout.valueProperty().bindBidirectional(model.dropoutProperty());
        addRow(grid, 1, 1, "dropout", "Dropout", dropout, v -> String.format(Locale.ROOT, "%.2f", v));

        CheckBox early = new CheckBox("Early stopping, patience");
        early.setId("overfitting-early-stopping");
        early.selectedProperty().bindBidirectional(model.earlyStoppingProperty());
        Spinner<Integer> patience = new Spinner<>(10, 1000, model.patienceProperty().get(), 10);
        patience.setId("overfitting-patience");
        patience.setEditable(true);
        patience.setPrefWidth(90);
        patience.valueProperty().addListener((o, a, b) -> model.patienceProperty().set(b));
        model.patienceProperty().addListener((o, a, b) -> patience.getValueFactory().setValue(b.intValue()));
        patience.disableProperty().bind(early.selectedProperty().not());
        Label epochs = new Label("epochs");
        HBox stopping = new HBox(8, early, patience, epochs);
        stopping.setMinWidth(Region.USE_PREF_SIZE);
        stopping.setAlignment(Pos.CENTER_LEFT);
        grid.add(stopping, 1, 2);
        controls.add(new LessonControl("early-stopping", "Early stopping", stopping));

        return grid;
    }

    private void addRow(GridPane grid, int row, int column, String id, String name, Slider slider,
                        DoubleFunction<String> format) {
        Label label = new Label(name);
        // in ems, so that the labels keep one column and grow with presentation mode's text
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.prefWidthProperty().bind(label.fontProperty().map(font -> font.getSize() * LABEL_EMS));
        Label value = new Label();
        value.setMinWidth(48);
        value.textProperty().bind(slider.valueProperty().map(v -> format.apply(v.doubleValue())));
        HBox group = new HBox(8, label, slider, value);
        group.setAlignment(Pos.CENTER_LEFT);
        grid.add(group, column, row);
        controls.add(new LessonControl(id, name, group));
    }

    private static Slider slider(String id, double min, double max, double step) {
        Slider slider = new Slider(min, max, min);
        slider.setId(id);
        slider.setPrefWidth(200);
        slider.setBlockIncrement(step);
        slider.setMajorTickUnit(step);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        return slider;
    }

    private static void bindInteger(Slider slider, javafx.beans.property.IntegerProperty target) {
        slider.setValue(target.get());
        slider.valueProperty().addListener((o, a, v) -> target.set((int) Math.round(v.doubleValue())));
        target.addListener((o, a, v) -> slider.setValue(v.intValue()));
    }

    private static void bindSteps(Slider slider, Property<Number> target, int[] steps) {
        double[] asDoubles = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            asDoubles[i] = steps[i];
        }
        bindSteps(slider, target, asDoubles, true);
    }

    private static void bindSteps(Slider slider, Property<Number> target, double[] steps) {
        bindSteps(slider, target, steps, false);
    }

    private static void bindSteps(Slider slider, Property<Number> target, double[] steps,
                                  boolean integer) {
        slider.setValue(nearest(steps, target.getValue().doubleValue()));
        slider.valueProperty().addListener((o, a, v) -> {
            double chosen = steps[(int) Math.round(v.doubleValue())];
            if (integer) {
                target.setValue((int) chosen);
            } else {
                target.setValue(chosen);
            }
        });
        target.addListener((o, a, v) -> {
            int index = nearest(steps, v.doubleValue());
            if ((int) Math.round(slider.getValue()) != index) {
                slider.setValue(index);
            }
        });
    }

    private static int nearest(double[] steps, double value) {
        int best = 0;
        for (int i = 1; i < steps.length; i++) {
            if (Math.abs(steps[i] - value) < Math.abs(steps[best] - value)) {
                best = i;
            }
        }
        return best;
    }

    private static String formatL2(double value) {
        return value == 0 ? "off" : String.format(Locale.ROOT, "%.5g", value).replaceAll("0+$", "")
                .replaceAll("\\.$", "");
    }

    /** The loss chart, for tests. */
    LiveLineChart lossChart() {
        return losses;
    }

    /** The points and curves, for tests. */
    OverfittingFitPlot fitPlot() {
        return fit;
    }

    @Override
    public void setPresentation(boolean presenting) {
        losses.setTextScale(presenting ? PRESENTATION_SCALE : 1);
    }

    @Override
    public void dispose() {
        model.dispose();
    }

    @Override
    public String lessonId() {
        return "overfitting";
    }

    @Override
    public String title() {
        return "4. Overfitting and regularisation";
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public List<LessonControl> controls() {
        return List.copyOf(controls);
    }

    @Override
    public Map<String, String> settings() {
        OverfittingSettings s = model.settings();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("trainPoints", Integer.toString(s.trainPoints()));
        out.put("noise", Double.toString(s.noise()));
        out.put("hiddenUnits", Integer.toString(s.hiddenUnits()));
        out.put("l2", Double.toString(s.l2()));
        out.put("dropout", Double.toString(s.dropout()));
        out.put("earlyStopping", Boolean.toString(s.earlyStopping()));
        out.put("patience", Integer.toString(s.patience()));
        out.put("seed", Long.toString(s.seed()));
        return out;
    }

    @Override
    public void applySettings(Map<String, String> settings) {
        OverfittingSettings s = model.settings();
        LessonPackSettings text = LessonPackSettings.of(settings);
        s = s.withTrainPoints(text.integer("trainPoints", s.trainPoints()));
        s = s.withNoise(text.number("noise", s.noise()));
        s = s.withHiddenUnits(text.integer("hiddenUnits", s.hiddenUnits()));
        s = s.withL2(text.number("l2", s.l2()));
        s = s.withDropout(text.number("dropout", s.dropout()));
        s = s.withEarlyStopping(text.bool("earlyStopping", s.earlyStopping()),
                text.integer("patience", s.patience()));
        s = s.withSeed(text.whole("seed", s.seed()));
        model.show(s);
    }

    @Override
    public void run() {
        model.run();
    }

    @Override
    public void setDark(boolean dark) {
        losses.palette().setDark(dark);
        fit.palette().setDark(dark);
        losses.invalidate();
        fit.requestLayout();
    }
}

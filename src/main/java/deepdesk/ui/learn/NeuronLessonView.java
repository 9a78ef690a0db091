package deepdesk.ui.learn;

import deepdesk.core.model.Activation;
import deepdesk.ui.common.DisplayNames;
import deepdesk.ui.common.chart.ChartSeries;
import deepdesk.ui.common.chart.HeatmapView;
import deepdesk.ui.common.chart.LiveLineChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;

/**
 * Lesson 2 on screen: the activation function and its derivative side by side with what one
 * neuron outputs over the input plane, and sliders for its two weights and its bias.
 *
 * <p>Threading: FX thread only.
 */
final class NeuronLessonView extends BorderPane implements LessonPage {

    private final LiveLineChart curves = new LiveLineChart();
    private final HeatmapView output = new HeatmapView();
    private final ImageView formula = new ImageView();
    private final ChartSeries value;
    private final ChartSeries slope;
    private final NeuronLessonViewModel model;
    private final List<LessonControl> controls = new ArrayList<>();

    NeuronLessonView(NeuronLessonViewModel model) {
        this.model = model;
        setId("lesson-neuron");
        setPadding(new Insets(12));
        Label title = new Label("One neuron and its activation");
        title.getStyleClass().add("title-3");
        Label intro = new Label("A neuron adds up its weighted inputs, z = w₁x₁ + w₂x₂ + b, and "
                + "passes z through an activation f. The derivative f′ is what backpropagation "
                + "multiplies by: where it is near 0, the neuron barely learns.");
        intro.setWrapText(true);
        VBox header = new VBox(4, title, intro);
        setTop(header);
        controls.add(new LessonControl("introduction", "Title and introduction", header));

        curves.setId("lesson-activation-chart");
        curves.titleProperty().set("f(z) and its derivative f′(z)");
        curves.xLabelProperty().set("z");
        curves.yLabelProperty().set("value");
        curves.smoothingProperty().set(0);
        value = curves.addSeries("f(z)", Color.web("#0877BD"));
        slope = curves.addSeries("f′(z)", Color.web("#e4572e"));
        slope.setDashed(true);

        output.setId("lesson-neuron-output");
        output.xLabelProperty().set("x₁");
        output.yLabelProperty().set("x₂");
        output.setDomain(-NeuronLessonViewModel.EXTENT, NeuronLessonViewModel.EXTENT,
                -NeuronLessonViewModel.EXTENT, NeuronLessonViewModel.EXTENT);

        VBox left = new VBox(4, bold("The activation"), curves);
        VBox right = new VBox(4, bold("Output a over the inputs (blue high, orange low)"),
                output);
        VBox.setVgrow(curves, Priority.ALWAYS);
        VBox.setVgrow(output, Priority.ALWAYS);
        HBox plots = new HBox(16, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        plots.setPadding(new Insets(10, 0, 10, 0));
        setCenter(plots);

        ComboBox<Activation> kind = new ComboBox<>(FXCollections.observableArrayList(Activation.values()));
        kind.setId("lesson-activation");
        kind.valueProperty().bindBidirectional(model.activationProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Activation activation) {
                return activation == null ? "" : DisplayNames.of(activation);
            }

            @Override
            public Activation fromString(String text) {
                return model.activationProperty().get();
            }
        });
        VBox sliders = new VBox(6);
        HBox kindRow = new HBox(10, rowLabel("Activation f"), kind);
        kindRow.setAlignment(Pos.CENTER_LEFT);
        sliders.getChildren().addAll(kindRow,
                slider("Weight w₁", "lesson-w1", model.w1Property()),
                slider("Weight w₂", "lesson-w2", model.w2Property()),
                slider("Bias b", "lesson-bias", model.biasProperty()));
        controls.add(new LessonControl("activation", "Activation", kindRow));
        controls.add(new LessonControl("w1", "Weight w₁", sliders.getChildren().get(1)));
        controls.add(new LessonControl("w2", "Weight w₂", sliders.getChildren().get(2)));
        controls.add(new LessonControl("bias", "Bias b", sliders.getChildren().get(3)));
        formula.setId("lesson-neuron-formula");
        controls.add(new LessonControl("formula", "Formula with the numbers", formula));
        HBox bottom = new HBox(32, sliders, formula);
        bottom.setAlignment(Pos.CENTER_LEFT);
        setBottom(bottom);

        model.pictureProperty().addListener((o, a, p) -> show(p));
        show(model.pictureProperty().get());
    }

    @Override
    public String lessonId() {
        return "neuron";
    }

    @Override
    public String title() {
        return "2. One neuron and its activation";
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
    public Set<String> runControls() {
        return Set.of("activation", "w1", "w2", "bias");
    }

    @Override
    public Map<String, String> settings() {
        return model.settings();
    }

    @Override
    public void applySettings(Map<String, String> settings) {
        model.applySettings(settings);
    }

    /** The neuron has no experiment to start: its pictures follow every change at once. */
    @Override
    public void run() {
    }

    @Override
    public void setPresentation(boolean presenting) {
        model.formulaSizeProperty().set(presenting ? 27 : 18);
        curves.setTextScale(presenting ? PRESENTATION_SCALE : 1);
    }

    @Override
    public void setDark(boolean dark) {
        model.darkProperty().set(dark);
        curves.palette().setDark(dark);
        output.palette().setDark(dark);
        curves.invalidate();
        output.requestLayout();
    }

    private void show(NeuronLessonViewModel.Picture p) {
        if (p == null) {
            return;
        }
        double[] z = toDoubles(p.curve()[0]);
        value.clear();
        slope.clear();
        value.addAll(z, toDoubles(p.curve()[1]));
        slope.addAll(z, toDoubles(p.curve()[2]));
        double span = Math.max(Math.abs(p.low()), Math.abs(p.high()));
        boolean positiveOnly = p.low() >= 0;
        output.showScalarGrid(p.grid(), NeuronLessonViewModel.GRID, NeuronLessonViewModel.GRID,
                positiveOnly ? 0 : -Math.max(span, 1e-6), Math.max(span, 1e-6));
        formula.setImage(p.formula());
    }

    private static HBox slider(String name, String id, DoubleProperty target) {
        Slider slider = new Slider(-NeuronLessonViewModel.WEIGHT_LIMIT,
                NeuronLessonViewModel.WEIGHT_LIMIT, target.get());
        slider.setId(id);
        slider.setPrefWidth(260);
        slider.valueProperty().bindBidirectional(target);
        Label shown = new Label();
        shown.setMinWidth(50);
        shown.textProperty().bind(target.map(v -> String.format(Locale.ROOT, "%.2f", v.doubleValue())));
        HBox row = new HBox(10, rowLabel(name), slider, shown);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label rowLabel(String text) {
        Label label = new Label(text);
        // em, so that the column of names widens with the font in presentation mode
        label.setStyle("-fx-min-width: 7em; -fx-pref-width: 7em;");
        return label;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }

    private static double[] toDoubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}

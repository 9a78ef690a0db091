package deepdesk.ui.learn;

import deepdesk.core.model.Activation;
import deepdesk.ui.common.DisplayNames;
import deepdesk.ui.common.chart.ChartSeries;
import deepdesk.ui.common.chart.HeatmapView;
import deepdesk.ui.common.chart.LiveLineChart;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
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
final class NeuronLessonView extends BorderPane {

    private final LiveLineChart curves = new LiveLineChart();
    private final HeatmapView output = new HeatmapView();
    private final ImageView formula = new ImageView();
    private final ChartSeries value;
    private final ChartSeries slope;

    NeuronLessonView(NeuronLessonViewModel model) {
        setId("lesson-neuron");
        setPadding(new Insets(12));
        Label title = new Label("One neuron and its activation");
        title.getStyleClass().add("title-3");
        Label intro = new Label("A neuron adds up its weighted inputs, z = w₁x₁ + w₂x₂ + b, and "
                + "passes z through an activation f. The derivative f′ is what backpropagation "
                + "multiplies by: where it is near 0, the neuron barely learns.");
        intro.setWrapText(true);
        setTop(new VBox(4, title, intro));

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
        VBox right = new VBox(4, bold("The neuron's output a over the inputs (blue high, orange low)"),
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
        GridPane sliders = new GridPane();
        sliders.setHgap(10);
        sliders.setVgap(6);
        sliders.addRow(0, new Label("Activation f"), kind);
        addSlider(sliders, 1, "Weight w₁", "lesson-w1", model.w1Property());
        addSlider(sliders, 2, "Weight w₂", "lesson-w2", model.w2Property());
        addSlider(sliders, 3, "Bias b", "lesson-bias", model.biasProperty());
        formula.setId("lesson-neuron-formula");
        HBox bottom = new HBox(32, sliders, formula);
        bottom.setAlignment(Pos.CENTER_LEFT);
        setBottom(bottom);

        model.pictureProperty().addListener((o, a, p) -> show(p));
        show(model.pictureProperty().get());
    }

    void setDark(boolean dark) {
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

    private static void addSlider(GridPane grid, int row, String name, String id, DoubleProperty target) {
        Slider slider = new Slider(-3, 3, target.get());
        slider.setId(id);
        slider.setPrefWidth(260);
        slider.valueProperty().bindBidirectional(target);
        Label shown = new Label();
        shown.setMinWidth(50);
        shown.textProperty().bind(target.map(v -> String.format(Locale.ROOT, "%.2f", v.doubleValue())));
        grid.addRow(row, new Label(name), slider, shown);
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

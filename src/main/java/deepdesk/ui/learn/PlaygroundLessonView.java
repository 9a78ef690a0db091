package deepdesk.ui.learn;

import deepdesk.core.data.synthetic.SyntheticShape;
import deepdesk.core.lesson.LessonPackSettings;
import deepdesk.core.lesson.PlaygroundData;
import deepdesk.core.lesson.PlaygroundFeature;
import deepdesk.core.lesson.PlaygroundLesson;
import deepdesk.core.lesson.PlaygroundSettings;
import deepdesk.core.lesson.PlaygroundSurface;
import deepdesk.core.model.Activation;
import deepdesk.core.training.TrainingState;
import deepdesk.ui.common.DisplayNames;
import deepdesk.ui.common.chart.ChartSeries;
import deepdesk.ui.common.chart.HeatmapView;
import deepdesk.ui.common.chart.LiveLineChart;
import deepdesk.ui.common.chart.NetworkDiagram;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

/**
 * Lesson 5 on screen, laid out as TensorFlow Playground is: the data on the left, then the
 * features, the hidden layers with a small picture per neuron and the network diagram, and the
 * output over the plane with the points and the losses on the right. Hovering a neuron's picture
 * shows it large in place of the output; clicking keeps it there until clicked again.
 *
 * <p>Threading: FX thread only.
 */
public final class PlaygroundLessonView extends BorderPane implements LessonPage {

    /** Learning rates offered, as in TensorFlow Playground. */
    static final List<Double> LEARNING_RATES = List.of(0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03,
            0.1, 0.3, 1.0, 3.0, 10.0);
    /** Regularisation rates offered, as in TensorFlow Playground. */
    static final List<Double> PENALTY_RATES = List.of(0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0,
            3.0, 10.0);
    /** Activations offered, as in TensorFlow Playground. */
    static final List<Activation> ACTIVATIONS = List.of(Activation.RELU, Activation.TANH,
            Activation.SIGMOID, Activation.LINEAR);
    private static final double MIN_THUMBNAIL = 18;
    private static final double MAX_THUMBNAIL = 60;
    private static final double BUTTON_ROW = 34;
    private static final double FEATURE_THUMBNAIL = 30;
    private static final double OUTPUT_WIDTH = 340;

    private final PlaygroundLessonViewModel model;
    private final List<LessonControl> controls = new ArrayList<>();
    private final HeatmapView output = new HeatmapView();
    private final NetworkDiagram diagram = new NetworkDiagram();
    private final LiveLineChart losses = new LiveLineChart();
    private final ChartSeries trainSeries;
    private final ChartSeries testSeries;
    private final LossCurves curves;
    private final HBox layerColumns = new HBox(10);
    private final Label layerCount = new Label();
    private final Label outputCaption = new Label();
    private final Map<PlaygroundFeature, ToggleButton> featureButtons = new EnumMap<>(PlaygroundFeature.class);
    private final List<List<HeatmapView>> neuronViews = new ArrayList<>();
    private final CheckBox showTest = new CheckBox("Show test data");
    private final CheckBox discretize = new CheckBox("Discretise output");
    private Region neuronArea;
    private int[] hovered;
    private int[] selected;

    /** Builds the lesson around its view model. */
    public PlaygroundLessonView(PlaygroundLessonViewModel model) {
        this.model = model;
        setId("lesson-playground");
        setPadding(new Insets(12));
        Label heading = new Label("Playground");
        heading.getStyleClass().add("title-3");
        Label intro = new Label("TensorFlow Playground's datasets on DeepDesk's engine. Choose the "
                + "data, the features and the hidden layers, press Play, and watch what each neuron "
                + "has learnt to see. Orange is negative, blue positive.");
        intro.setWrapText(true);
        setTop(new VBox(4, heading, intro, toolbar()));

        trainSeries = losses.addSeries("training", Color.web("#0877BD"));
        testSeries = losses.addSeries("test", Color.web("#e4572e"));
        testSeries.setDashed(true);
        curves = new LossCurves(trainSeries, testSeries);

        HBox columns = new HBox(16, dataColumn(), featureColumn(), networkColumn(), outputColumn());
        columns.setPadding(new Insets(10, 0, 0, 0));
        setCenter(columns);

        model.pictureProperty().addListener((o, a, p) -> {
            diagram.show(p);
        });
        diagram.show(model.pictureProperty().get());
        model.hiddenLayers().addListener((javafx.collections.ListChangeListener<Integer>) c -> rebuildLayers());
        rebuildLayers();
        model.surfaceProperty().addListener((o, a, s) -> showSurface(s));
        model.dataProperty().addListener((o, a, d) -> showPoints(d));
        showTest.selectedProperty().addListener((o, a, b) -> showPoints(model.dataProperty().get()));
        model.epochsProperty().addListener((o, a, batch) -> {
            if (batch != null) {
                curves.add(batch);
            }
        });
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                model.activate();
            } else {
                model.deactivate();
            }
        });
    }

    // ---------------------------------------------------------------- building

    private Node toolbar() {
        Button reset = new Button("Reset");
        reset.setId("playground-reset");
        reset.setTooltip(new Tooltip("Start over from fresh weights, at epoch 0"));
        reset.setOnAction(e -> model.reset());
        Button play = new Button();
        play.setId("playground-play");
        play.setDefaultButton(true);
        play.setMinWidth(72);
        play.textProperty().bind(Bindings.when(model.playingProperty()).then("Pause").otherwise("Play"));
        play.setOnAction(e -> model.togglePlay());
        Button step = new Button("Step");
        step.setId("playground-step");
        step.setTooltip(new Tooltip("Train one epoch, then wait"));
        step.setOnAction(e -> model.step());
        Label epoch = new Label();
        epoch.setId("playground-epoch");
        epoch.setMinWidth(120);
        epoch.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "Epoch %,d", model.epochProperty().get()), model.epochProperty()));
        epoch.getStyleClass().add("title-4");
        HBox buttons = new HBox(8, reset, play, step, epoch);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (Node item : buttons.getChildren()) {
            ((Region) item).setMinWidth(Region.USE_PREF_SIZE);
        }
        // a fixed width, so the toolbar does not shift as the epoch count grows
        epoch.setMinWidth(130);
        controls.add(new LessonControl("play", "Reset, Play and Step", buttons));
        ComboBox<PlaygroundSpeed> speed = new ComboBox<>(FXCollections.observableArrayList(
                PlaygroundSpeed.values()));
        speed.setId("playground-speed");
        speed.setConverter(converter(PlaygroundSpeed::label));
        speed.valueProperty().bindBidirectional(model.speedProperty());

        ComboBox<Double> rate = numberCombo("playground-learning-rate", LEARNING_RATES);
        rate.valueProperty().bindBidirectional(model.learningRateProperty().asObject());
        ComboBox<Activation> activation = new ComboBox<>(FXCollections.observableArrayList(ACTIVATIONS));
        activation.setId("playground-activation");
        activation.setConverter(converter(DisplayNames::of));
        activation.valueProperty().bindBidirectional(model.activationProperty());
        ComboBox<PlaygroundSettings.Penalty> penalty = new ComboBox<>(FXCollections.observableArrayList(
                PlaygroundSettings.Penalty.values()));
        penalty.setId("playground-penalty");
        penalty.setConverter(converter(p -> p == PlaygroundSettings.Penalty.NONE ? "None" : p.name()));
        penalty.valueProperty().bindBidirectional(model.penaltyProperty());
        ComboBox<Double> penaltyRate = numberCombo("playground-penalty-rate", PENALTY_RATES);
        penaltyRate.valueProperty().bindBidirectional(model.penaltyRateProperty().asObject());
        penaltyRate.disableProperty().bind(model.penaltyProperty().isEqualTo(PlaygroundSettings.Penalty.NONE));

        FlowPane bar = new FlowPane(18, 6, buttons,
                labelled("speed", "Speed", speed),
                labelled("learning-rate", "Learning rate", rate),
                labelled("activation", "Activation", activation),
                labelled("regularisation", "Regularisation and its rate", new HBox(6, penalty, penaltyRate)));
        bar.setAlignment(Pos.BOTTOM_LEFT);
        bar.setPadding(new Insets(8, 0, 0, 0));
        for (Node item : bar.getChildren()) {
            ((Region) item).setMinWidth(Region.USE_PREF_SIZE);
        }
        return bar;
    }

    private Node labelled(String id, String name, Region control) {
        Label label = new Label(name);
        label.getStyleClass().add("text-muted");
        VBox box = new VBox(2, label, control);
        controls.add(new LessonControl(id, name, box));
        return box;
    }

    private Node dataColumn() {
        VBox column = new VBox(8);
        column.setPrefWidth(190);
        column.setMinWidth(170);
        column.getChildren().add(sectionTitle("Data"));
        ToggleGroup shapes = new ToggleGroup();
        VBox shapeButtons = new VBox(4);
        for (boolean classes : new boolean[] {true, false}) {
            Label kind = new Label(classes ? "Two classes" : "A value to predict");
            kind.getStyleClass().add("text-muted");
            shapeButtons.getChildren().add(kind);
            for (SyntheticShape shape : SyntheticShape.values()) {
                if (shape.isClassification() != classes) {
                    continue;
                }
                ToggleButton button = new ToggleButton(shape.title());
                button.setId("playground-shape-" + shape.name().toLowerCase(Locale.ROOT));
                button.setMaxWidth(Double.MAX_VALUE);
                button.setToggleGroup(shapes);
                button.setUserData(shape);
                button.setSelected(model.shapeProperty().get() == shape);
                shapeButtons.getChildren().add(button);
            }
        }
        shapes.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.shapeProperty().set((SyntheticShape) now.getUserData());
            }
        });
        model.shapeProperty().addListener((o, a, shape) -> shapes.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == shape)));
        controls.add(new LessonControl("dataset", "Dataset", shapeButtons));
        column.getChildren().add(shapeButtons);

        Slider ratio = slider("playground-train-percent", 10, 90, 10);
        ratio.valueProperty().bindBidirectional(model.trainPercentProperty());
        column.getChildren().add(sliderBox("train-ratio", "Training share", ratio,
                v -> String.format(Locale.ROOT, "%.0f%%", v)));
        Slider noise = slider("playground-noise", 0, PlaygroundSettings.MAX_NOISE, 0.05);
        noise.valueProperty().bindBidirectional(model.noiseProperty());
        column.getChildren().add(sliderBox("noise", "Noise", noise,
                v -> String.format(Locale.ROOT, "%.0f", v * 100)));
        Slider batch = slider("playground-batch-size", 1, PlaygroundSettings.MAX_BATCH, 1);
        batch.valueProperty().bindBidirectional(model.batchSizeProperty());
        column.getChildren().add(sliderBox("batch-size", "Batch size", batch,
                v -> String.format(Locale.ROOT, "%.0f", v)));
        Button regenerate = new Button("Regenerate");
        regenerate.setId("playground-regenerate");
        regenerate.setTooltip(new Tooltip("New points from the next seed"));
        regenerate.setOnAction(e -> model.regenerate());
        controls.add(new LessonControl("regenerate", "Regenerate", regenerate));
        column.getChildren().add(regenerate);
        return column;
    }

    private Node sliderBox(String id, String name, Slider slider, Function<Double, String> format) {
        Label label = new Label();
        label.textProperty().bind(slider.valueProperty().map(v -> name + ": " + format.apply(v.doubleValue())));
        VBox box = new VBox(2, label, slider);
        controls.add(new LessonControl(id, name, box));
        return box;
    }

    private Node featureColumn() {
        VBox column = new VBox(4);
        column.setMinWidth(112);
        column.getChildren().add(sectionTitle("Features"));
        Label hint = new Label("Inputs to the network");
        hint.setWrapText(true);
        hint.setMaxWidth(120);
        hint.getStyleClass().add("text-muted");
        column.getChildren().add(hint);
        VBox buttons = new VBox(4);
        for (PlaygroundFeature feature : PlaygroundFeature.values()) {
            HeatmapView picture = new HeatmapView();
            picture.showAxesProperty().set(false);
            picture.setMinSize(FEATURE_THUMBNAIL, FEATURE_THUMBNAIL);
            picture.setPrefSize(FEATURE_THUMBNAIL, FEATURE_THUMBNAIL);
            picture.setMaxSize(FEATURE_THUMBNAIL, FEATURE_THUMBNAIL);
            picture.setMouseTransparent(true);
            float[] values = PlaygroundSurface.featureGrid(feature, 20);
            double extent = 0;
            for (float v : values) {
                extent = Math.max(extent, Math.abs(v));
            }
            picture.showScalarGrid(values, 20, 20, -extent, extent);
            ToggleButton button = new ToggleButton(feature.label(), picture);
            button.setId("playground-feature-" + feature.name().toLowerCase(Locale.ROOT));
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setSelected(model.featureProperty(feature).get());
            button.selectedProperty().addListener((o, a, on) -> {
                if (!model.setFeature(feature, on)) {
                    button.setSelected(true);
                }
            });
            model.featureProperty(feature).addListener((o, a, on) -> button.setSelected(on));
            featureButtons.put(feature, button);
            buttons.getChildren().add(button);
        }
        controls.add(new LessonControl("features", "Features", buttons));
        column.getChildren().add(buttons);
        return column;
    }

    private Node networkColumn() {
        Button addLayer = smallButton("+", "playground-add-layer", "Add a hidden layer");
        addLayer.setOnAction(e -> model.addLayer());
        Button removeLayer = smallButton("−", "playground-remove-layer", "Remove the last hidden layer");
        removeLayer.setOnAction(e -> model.removeLayer());
        layerCount.setId("playground-layer-count");
        layerCount.getStyleClass().add("text-bold");
        HBox header = new HBox(6, addLayer, removeLayer, layerCount);
        header.setAlignment(Pos.CENTER_LEFT);
        controls.add(new LessonControl("hidden-layers", "Hidden layers", header));
        Label hint = new Label("Hover a neuron to see it large; click to keep it.");
        hint.getStyleClass().add("text-muted");
        StackPane neurons = new StackPane(layerColumns);
        neurons.setAlignment(Pos.TOP_LEFT);
        neurons.setMinHeight(150);
        neurons.setPrefHeight(300);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(neurons.widthProperty());
        clip.heightProperty().bind(neurons.heightProperty());
        neurons.setClip(clip);
        neuronArea = neurons;
        neurons.layoutBoundsProperty().addListener((o, a, b) -> resizeThumbnails());
        diagram.setId("playground-network");
        diagram.setMinHeight(160);
        diagram.setPrefHeight(240);
        VBox column = new VBox(6, sectionTitle("Hidden layers"), header, hint, neurons, diagram);
        VBox.setVgrow(neurons, Priority.ALWAYS);
        VBox.setVgrow(diagram, Priority.ALWAYS);
        HBox.setHgrow(column, Priority.ALWAYS);
        column.setMinWidth(260);
        return column;
    }

    private Node outputColumn() {
        Label lossText = new Label();
        lossText.setId("playground-losses");
        lossText.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "Test loss %s · Training loss %s", loss(model.testLossProperty().get()),
                loss(model.trainLossProperty().get())), model.testLossProperty(), model.trainLossProperty()));
        losses.setId("playground-loss-chart");
        losses.smoothingProperty().set(0);
        losses.xLabelProperty().set("epoch");
        losses.setMinHeight(110);
        losses.setPrefHeight(130);
        output.setId("playground-output");
        output.xLabelProperty().set("x₁");
        output.yLabelProperty().set("x₂");
        output.setDomain(-PlaygroundLesson.EXTENT, PlaygroundLesson.EXTENT, -PlaygroundLesson.EXTENT,
                PlaygroundLesson.EXTENT);
        output.setMinSize(220, 220);
        output.setPrefSize(OUTPUT_WIDTH, OUTPUT_WIDTH);
        output.discretizeProperty().bind(discretize.selectedProperty());
        outputCaption.setId("playground-output-caption");
        outputCaption.setWrapText(true);
        outputCaption.setMinHeight(Region.USE_PREF_SIZE);
        showTest.setId("playground-show-test");
        discretize.setId("playground-discretize");
        VBox checks = new VBox(4, showTest, discretize);
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(Bindings.createStringBinding(() -> model.stateProperty().get()
                == TrainingState.DIVERGED || model.messageProperty().get().startsWith("Cannot")
                ? model.messageProperty().get() : "", model.messageProperty(), model.stateProperty()));
        VBox column = new VBox(6, sectionTitle("Output"), lossText, losses, output, outputCaption,
                checks, message);
        column.setMinWidth(260);
        column.setPrefWidth(OUTPUT_WIDTH);
        column.setMaxWidth(2 * OUTPUT_WIDTH);
        HBox.setHgrow(column, Priority.ALWAYS);
        // the plot is square and its axes take 48 pixels across and 40 down
        output.prefHeightProperty().bind(column.widthProperty().subtract(8));
        updateCaption();
        return column;
    }

    private void rebuildLayers() {
        layerColumns.getChildren().clear();
        neuronViews.clear();
        List<Integer> layers = model.hiddenLayers();
        layerCount.setText(layers.size() == 1 ? "1 hidden layer" : layers.size() + " hidden layers");
        for (int l = 0; l < layers.size(); l++) {
            int layer = l;
            Button more = smallButton("+", "playground-add-neuron-" + l, "Add a neuron");
            more.setOnAction(e -> model.addNeuron(layer));
            Button fewer = smallButton("−", "playground-remove-neuron-" + l, "Remove a neuron");
            fewer.setOnAction(e -> model.removeNeuron(layer));
            HBox buttons = new HBox(2, more, fewer);
            Tooltip.install(buttons, new Tooltip("Hidden layer " + (l + 1) + ": " + layers.get(l)
                    + (layers.get(l) == 1 ? " neuron" : " neurons")));
            VBox column = new VBox(4, buttons);
            column.setAlignment(Pos.TOP_CENTER);
            List<HeatmapView> views = new ArrayList<>();
            for (int n = 0; n < layers.get(l); n++) {
                HeatmapView view = neuronThumbnail(layer, n);
                views.add(view);
                column.getChildren().add(view);
            }
            neuronViews.add(views);
            layerColumns.getChildren().add(column);
        }
        if (selected != null && (selected[0] >= layers.size() || selected[1] >= layers.get(selected[0]))) {
            selected = null;
        }
        hovered = null;
        resizeThumbnails();
        showSurface(model.surfaceProperty().get());
    }

    /** Sizes the neuron pictures so that the largest layer fits the space the column has. */
    private void resizeThumbnails() {
        if (neuronArea == null || neuronViews.isEmpty()) {
            return;
        }
        int most = 1;
        for (List<HeatmapView> layer : neuronViews) {
            most = Math.max(most, layer.size());
        }
        int layers = neuronViews.size();
        double across = (neuronArea.getWidth() - 10 * (layers - 1)) / layers;
        double down = (neuronArea.getHeight() - BUTTON_ROW) / most - 4;
        double size = Math.max(MIN_THUMBNAIL, Math.min(MAX_THUMBNAIL, Math.min(across, down)));
        for (List<HeatmapView> layer : neuronViews) {
            for (HeatmapView view : layer) {
                view.setMinSize(size, size);
                view.setPrefSize(size, size);
                view.setMaxSize(size, size);
            }
        }
    }

    private HeatmapView neuronThumbnail(int layer, int neuron) {
        HeatmapView view = new HeatmapView();
        view.setId("playground-neuron-" + layer + "-" + neuron);
        view.showAxesProperty().set(false);
        Tooltip.install(view, new Tooltip("Hidden layer " + (layer + 1) + ", neuron " + (neuron + 1)));
        view.setOnMouseEntered(e -> {
            hovered = new int[] {layer, neuron};
            showSurface(model.surfaceProperty().get());
        });
        view.setOnMouseExited(e -> {
            hovered = null;
            showSurface(model.surfaceProperty().get());
        });
        view.setOnMouseClicked(e -> {
            boolean same = selected != null && selected[0] == layer && selected[1] == neuron;
            selected = same ? null : new int[] {layer, neuron};
            showSurface(model.surfaceProperty().get());
        });
        return view;
    }

    // ---------------------------------------------------------------- updates

    private void showSurface(PlaygroundSurface s) {
        updateCaption();
        if (s == null) {
            return;
        }
        int r = s.resolution();
        for (int l = 0; l < neuronViews.size() && l < s.neurons().length; l++) {
            for (int n = 0; n < neuronViews.get(l).size() && n < s.neurons()[l].length; n++) {
                float[] values = s.neurons()[l][n];
                double extent = extent(values);
                neuronViews.get(l).get(n).showScalarGrid(values, r, r, -extent, extent);
            }
        }
        int[] shown = hovered != null ? hovered : selected;
        if (shown != null && shown[0] < s.neurons().length && shown[1] < s.neurons()[shown[0]].length) {
            float[] values = s.neurons()[shown[0]][shown[1]];
            double extent = extent(values);
            output.showScalarGrid(values, r, r, -extent, extent);
        } else if (model.dataProperty().get() != null && model.dataProperty().get().isClassification()) {
            // decision: the colour scale reaches past 0 and 1, so a sure region is drawn pale
            // and the points of its own colour stay visible on it, as in TensorFlow Playground.
            output.showScalarGrid(s.output(), r, r, -0.6, 1.6);
        } else {
            output.showScalarGrid(s.output(), r, r, -1.4, 1.4);
        }
    }

    private void updateCaption() {
        int[] shown = hovered != null ? hovered : selected;
        if (shown != null) {
            outputCaption.setText(String.format(Locale.ROOT, "Neuron %d of hidden layer %d%s",
                    shown[1] + 1, shown[0] + 1, hovered == null ? " (click it again for the output)" : ""));
        } else {
            PlaygroundData d = model.dataProperty().get();
            outputCaption.setText(d != null && !d.isClassification()
                    ? "The network's prediction over the plane"
                    : "The network's probability of blue over the plane");
        }
    }

    private void showPoints(PlaygroundData d) {
        if (d == null) {
            return;
        }
        float[] x1 = d.x1();
        float[] x2 = d.x2();
        boolean[] test = d.test();
        int keep = 0;
        for (boolean t : test) {
            if (!t || showTest.isSelected()) {
                keep++;
            }
        }
        float[] xs = new float[keep];
        float[] ys = new float[keep];
        int[] classes = d.isClassification() ? new int[keep] : null;
        float[] values = d.isClassification() ? null : new float[keep];
        boolean[] isTest = new boolean[keep];
        int[] allClasses = d.classes();
        float[] allValues = d.values();
        int k = 0;
        for (int i = 0; i < test.length; i++) {
            if (test[i] && !showTest.isSelected()) {
                continue;
            }
            xs[k] = x1[i];
            ys[k] = x2[i];
            if (classes != null) {
                classes[k] = allClasses[i];
            } else {
                values[k] = allValues[i];
            }
            isTest[k] = test[i];
            k++;
        }
        output.setPoints(xs, ys, classes, values, isTest);
        updateCaption();
    }

    // ---------------------------------------------------------------- building blocks

    private static double extent(float[] values) {
        double extent = 1e-6;
        for (float v : values) {
            extent = Math.max(extent, Math.abs(v));
        }
        return extent;
    }

    private static String loss(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static Button smallButton(String text, String id, String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("small");
        button.setTooltip(new Tooltip(tip));
        button.setMinWidth(24);
        button.setStyle("-fx-padding: 2 7 2 7;");
        return button;
    }

    private static Slider slider(String id, double min, double max, double step) {
        Slider slider = new Slider(min, max, min);
        slider.setId(id);
        slider.setMajorTickUnit(step);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(step);
        slider.setSnapToTicks(true);
        return slider;
    }

    private static ComboBox<Double> numberCombo(String id, List<Double> values) {
        ComboBox<Double> combo = new ComboBox<>(FXCollections.observableArrayList(values));
        combo.setId(id);
        combo.setConverter(converter(v -> v == 0 ? "0" : String.format(Locale.ROOT, "%s",
                java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString())));
        return combo;
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choose from the list");
            }
        };
    }

    /** The big heat map, for tests. */
    HeatmapView outputView() {
        return output;
    }

    /** The network diagram, for tests. */
    NetworkDiagram networkDiagram() {
        return diagram;
    }

    /** The loss chart, for tests. */
    LiveLineChart lossChart() {
        return losses;
    }

    // ---------------------------------------------------------------- LessonPage

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
        return "playground";
    }

    @Override
    public String title() {
        return "5. Playground";
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
        PlaygroundSettings s = model.settings();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("dataset", s.shape().name());
        out.put("noise", Double.toString(s.noise()));
        out.put("trainPercent", Integer.toString(s.trainPercent()));
        out.put("features", String.join(",", s.orderedFeatures().stream().map(PlaygroundFeature::key).toList()));
        out.put("hiddenLayers", String.join(",", s.hiddenLayers().stream().map(String::valueOf).toList()));
        out.put("activation", s.activation().name());
        out.put("learningRate", Double.toString(s.learningRate()));
        out.put("regularisation", s.penalty().name());
        out.put("regularisationRate", Double.toString(s.penaltyRate()));
        out.put("batchSize", Integer.toString(s.batchSize()));
        out.put("seed", Long.toString(s.seed()));
        out.put("speed", model.speedProperty().get().name());
        return out;
    }

    @Override
    public void applySettings(Map<String, String> settings) {
        PlaygroundSettings s = model.settings();
        LessonPackSettings text = LessonPackSettings.of(settings);
        s = s.withShape(text.choice("dataset", SyntheticShape.class, s.shape()));
        s = s.withNoise(text.number("noise", s.noise()));
        s = s.withTrainPercent(text.integer("trainPercent", s.trainPercent()));
        if (settings.containsKey("features")) {
            Set<PlaygroundFeature> chosen = EnumSet.noneOf(PlaygroundFeature.class);
            try {
                for (String key : settings.get("features").split(",")) {
                    if (!key.isBlank()) {
                        chosen.add(PlaygroundFeature.ofKey(key));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw text.refusal("features", "is not a list of x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2)");
            }
            s = s.withFeatures(chosen);
        }
        if (settings.containsKey("hiddenLayers")) {
            List<Integer> layers = new ArrayList<>();
            for (String part : settings.get("hiddenLayers").split(",")) {
                if (!part.isBlank()) {
                    layers.add(LessonPackSettings.of(Map.of("hiddenLayers", part)).integer("hiddenLayers", 0));
                }
            }
            s = s.withHiddenLayers(layers);
        }
        s = s.withActivation(text.choice("activation", Activation.class, s.activation()));
        s = s.withLearningRate(text.number("learningRate", s.learningRate()));
        s = s.withPenalty(text.choice("regularisation", PlaygroundSettings.Penalty.class,
                s.penalty()), text.number("regularisationRate", s.penaltyRate()));
        s = s.withBatchSize(text.integer("batchSize", s.batchSize()));
        s = s.withSeed(text.whole("seed", s.seed()));
        PlaygroundSpeed pace = text.choice("speed", PlaygroundSpeed.class,
                model.speedProperty().get());
        model.show(s);
        model.speedProperty().set(pace);
    }

    @Override
    public void run() {
        model.play();
    }

    @Override
    public void setDark(boolean dark) {
        output.palette().setDark(dark);
        diagram.palette().setDark(dark);
        losses.palette().setDark(dark);
        losses.invalidate();
        output.requestLayout();
        diagram.requestLayout();
        for (List<HeatmapView> layer : neuronViews) {
            for (HeatmapView view : layer) {
                view.palette().setDark(dark);
                view.requestLayout();
            }
        }
    }
}

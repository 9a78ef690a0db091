package deepdesk.ui.learn;

import deepdesk.core.data.Dataset;
import deepdesk.core.lesson.DescentStep;
import deepdesk.core.lesson.DescentVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Lesson 1 on screen: the points and the fitted line, the loss surface with the path of gradient
 * descent, the formulas with the current numbers, and the controls (Step, Play, Back, Reset, the
 * learning rate, the variant and the data).
 *
 * <p>Threading: FX thread only. The Play timer runs only while the lesson is showing.
 */
final class LinearRegressionLessonView extends BorderPane implements LessonPage {

    private static final double MIN_RATE = 0.001;
    private static final double MAX_RATE = 3;
    private static final double MAX_PRESENTED_FORMULA = 32;

    private final LinearRegressionLessonViewModel model;
    private final FitPlot fitPlot = new FitPlot();
    private final ContourMap contourMap = new ContourMap();
    private final GridPane formulaGrid = new GridPane();
    private final List<LessonControl> controls = new ArrayList<>();
    private boolean presenting;

    LinearRegressionLessonView(LinearRegressionLessonViewModel model,
                               ObservableValue<Dataset> openDataset) {
        this.model = model;
        setId("lesson-linear-regression");
        setPadding(new Insets(12));

        Label title = new Label("Linear regression and gradient descent");
        title.getStyleClass().add("title-3");
        Label intro = new Label("The model is a line ŷ = w·x + b. Gradient descent moves (w, b) "
                + "downhill on the loss surface, one step of size α at a time. Press Step, or "
                + "click the map to start from somewhere else.");
        intro.setWrapText(true);
        VBox header = new VBox(4, title, intro);
        header.setPadding(new Insets(0, 0, 10, 0));
        setTop(header);
        controls.add(new LessonControl("introduction", "Title and introduction", header));

        VBox lossSurface = titled("Loss surface J(w, b) with the descent path", contourMap);
        HBox plots = new HBox(12, titled("Data and fitted line", fitPlot), lossSurface);
        HBox.setHgrow(plots.getChildren().get(0), Priority.ALWAYS);
        HBox.setHgrow(plots.getChildren().get(1), Priority.ALWAYS);
        VBox.setVgrow(plots, Priority.ALWAYS);

        Label verdict = new Label();
        verdict.setId("lesson-verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add("text-bold");
        verdict.textProperty().bind(model.verdictProperty());
        Label stepLabel = new Label();
        stepLabel.setId("lesson-step-count");
        formulaGrid.setId("lesson-formulas");
        formulaGrid.setHgap(28);
        formulaGrid.setVgap(6);
        HBox numbersHeader = new HBox(16, sectionLabel("The numbers"), stepLabel);
        VBox numbers = new VBox(6, numbersHeader, formulaGrid, verdict);
        numbers.setPadding(new Insets(10, 0, 0, 0));
        setCenter(new VBox(plots, numbers));
        Region bar = controls(openDataset);
        setBottom(bar);
        controls.add(new LessonControl("loss-surface", "Loss surface (click it to choose the start)",
                lossSurface));
        controls.add(new LessonControl("formulas", "Formulas with the numbers", formulaGrid));
        controls.add(new LessonControl("verdict", "Sentence on how the descent is going", verdict));

        fitPlot.showPoints(model.pointsProperty().get());
        model.pointsProperty().addListener((o, a, p) -> fitPlot.showPoints(p));
        model.surfaceProperty().addListener((o, a, s) -> contourMap.showSurface(s));
        model.pathProperty().addListener((o, a, p) -> contourMap.showPath(p));
        model.currentProperty().addListener((o, a, s) -> {
            fitPlot.showLine(s);
            stepLabel.setText(describe(s));
        });
        model.formulasProperty().addListener((o, a, images) -> showFormulas(images));
        contourMap.setOnStartChosen(model::startFrom);
        contourMap.showSurface(model.surfaceProperty().get());
        contourMap.showPath(model.pathProperty().get());
        fitPlot.showLine(model.currentProperty().get());
        stepLabel.setText(describe(model.currentProperty().get()));
        showFormulas(model.formulasProperty().get());

        widthProperty().addListener((o, a, w) -> {
            updateFormulaSize();
            fitFormulas();
        });
        setMinWidth(0);
        new LessonPlayer(this, model.playingProperty(), model.stepsPerSecondProperty(), 0.5, model::step);
    }

    @Override
    public String lessonId() {
        return "regression";
    }

    @Override
    public String title() {
        return "1. Linear regression and gradient descent";
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
        return Set.of("step", "play", "back", "reset");
    }

    @Override
    public Map<String, String> settings() {
        return model.settings();
    }

    @Override
    public void applySettings(Map<String, String> settings) {
        model.applySettings(settings);
    }

    @Override
    public void run() {
        model.playingProperty().set(true);
    }

    @Override
    public void setPresentation(boolean presenting) {
        this.presenting = presenting;
        fitPlot.setTextScale(presenting ? PRESENTATION_SCALE : 1);
        contourMap.setTextScale(presenting ? PRESENTATION_SCALE : 1);
        updateFormulaSize();
    }

    // decision: formulas grow with the window so that they stay legible on a projector, and
    // by half again in presentation mode.
    private void updateFormulaSize() {
        double size = Math.max(15, Math.min(26, getWidth() / 75));
        model.formulaSizeProperty().set(Math.round(presenting
                ? Math.min(MAX_PRESENTED_FORMULA, size * PRESENTATION_SCALE) : size));
    }

    @Override
    public void setDark(boolean dark) {
        fitPlot.palette().setDark(dark);
        contourMap.palette().setDark(dark);
        contourMap.requestLayout();
        fitPlot.requestLayout();
        model.darkFormulasProperty().set(dark);
    }

    /** Two columns: the model and its loss, the two gradients, the two updates. */
    private void showFormulas(List<Image> images) {
        formulaGrid.getChildren().clear();
        for (int i = 0; i < images.size(); i++) {
            ImageView view = new ImageView(images.get(i));
            view.setPreserveRatio(true);
            formulaGrid.add(view, i % 2, i / 2);
        }
        fitFormulas();
    }

    /**
     * Shrinks a formula wider than its column (long numbers after a divergence) so that the
     * formulas never push the lesson wider than the window.
     */
    private void fitFormulas() {
        double column = Math.max(100, (getWidth() - snappedLeftInset() - snappedRightInset()
                - formulaGrid.getHgap()) / 2);
        for (Node n : formulaGrid.getChildren()) {
            ImageView view = (ImageView) n;
            double natural = view.getImage().getWidth();
            view.setFitWidth(natural > column ? column : 0);
        }
    }

    private Region controls(ObservableValue<Dataset> openDataset) {
        Button step = new Button("Step");
        step.setId("lesson-step");
        step.setTooltip(new Tooltip("Take one gradient-descent step (S)"));
        step.setOnAction(e -> model.step());
        Button play = new Button();
        play.setId("lesson-play");
        play.textProperty().bind(model.playingProperty().map(p -> p ? "Pause" : "Play"));
        play.setOnAction(e -> model.togglePlay());
        Button back = new Button("Back");
        back.setId("lesson-back");
        back.setTooltip(new Tooltip("Undo the last step"));
        back.setOnAction(e -> model.back());
        Button reset = new Button("Reset");
        reset.setId("lesson-reset");
        reset.setTooltip(new Tooltip("Start again from w = 0, b = 0"));
        reset.setOnAction(e -> model.reset());
        Slider speed = new Slider(1, 60, model.stepsPerSecondProperty().get());
        speed.setId("lesson-speed");
        speed.setPrefWidth(110);
        speed.valueProperty().bindBidirectional(model.stepsPerSecondProperty());
        Label speedLabel = new Label();
        speedLabel.textProperty().bind(model.stepsPerSecondProperty()
                .map(v -> String.format(Locale.ROOT, "%.0f steps/s", v.doubleValue())));

        Slider rate = new Slider(Math.log10(MIN_RATE), Math.log10(MAX_RATE),
                Math.log10(model.learningRateProperty().get()));
        rate.setId("lesson-learning-rate");
        rate.setPrefWidth(200);
        rate.setTooltip(new Tooltip("The learning rate α: how far each step goes against the "
                + "gradient. Small: slow. Just right: fast. Too large: oscillation, then divergence."));
        rate.valueProperty().addListener((o, a, v) -> model.learningRateProperty()
                .set(roundRate(Math.pow(10, v.doubleValue()))));
        // a rate set by a lesson pack moves the slider; the slider keeps its own rounding
        model.learningRateProperty().addListener((o, a, v) -> {
            double position = Math.log10(v.doubleValue());
            if (Math.abs(roundRate(Math.pow(10, rate.getValue())) - v.doubleValue()) > 1e-12) {
                rate.setValue(position);
            }
        });
        Label rateLabel = new Label();
        rateLabel.setMinWidth(70);
        rateLabel.textProperty().bind(model.learningRateProperty()
                .map(v -> String.format(Locale.ROOT, "α = %.3g", v.doubleValue())));

        ComboBox<DescentVariant> variant = new ComboBox<>(
                FXCollections.observableArrayList(DescentVariant.values()));
        variant.setId("lesson-variant");
        variant.valueProperty().bindBidirectional(model.variantProperty());
        Spinner<Integer> batch = new Spinner<>(1, LinearRegressionLessonViewModel.MAX_BATCH,
                model.batchSizeProperty().get());
        batch.setId("lesson-batch-size");
        batch.setStyle("-fx-pref-width: 6em;");
        batch.setEditable(true);
        batch.disableProperty().bind(model.variantProperty().isNotEqualTo(DescentVariant.MINI_BATCH));
        batch.valueProperty().addListener((o, a, v) -> model.batchSizeProperty().set(v));
        model.batchSizeProperty().addListener((o, a, v) -> batch.getValueFactory().setValue(v.intValue()));
        batch.setTooltip(new Tooltip("Rows per mini-batch"));

        Button newPoints = new Button("New points");
        newPoints.setTooltip(new Tooltip("Generate a fresh noisy line y = 0.5·x + 1 + noise"));
        newPoints.setOnAction(e -> model.newPoints());
        ComboBox<String> xColumn = new ComboBox<>();
        ComboBox<String> yColumn = new ComboBox<>();
        xColumn.setPromptText("x column");
        yColumn.setPromptText("y column");
        Button useColumns = new Button("Fit these columns");
        Label dataNote = new Label();
        dataNote.setWrapText(true);
        Runnable refreshColumns = () -> {
            Dataset d = openDataset.getValue();
            List<String> names = d == null ? List.of() : LinearRegressionLessonViewModel.numericColumns(d);
            xColumn.getItems().setAll(names);
            yColumn.getItems().setAll(names);
            boolean usable = names.size() >= 2;
            xColumn.setDisable(!usable);
            yColumn.setDisable(!usable);
            dataNote.setText(usable ? "" : "Open a dataset with two numeric columns to fit your own data.");
        };
        refreshColumns.run();
        openDataset.addListener((o, a, d) -> refreshColumns.run());
        useColumns.disableProperty().bind(xColumn.valueProperty().isNull().or(yColumn.valueProperty().isNull()));
        useColumns.setOnAction(e -> {
            try {
                model.useColumns(openDataset.getValue(), xColumn.getValue(), yColumn.getValue());
                dataNote.setText("");
            } catch (IllegalArgumentException ex) {
                dataNote.setText(ex.getMessage());
            }
        });

        HBox playGroup = row(play, speed, speedLabel);
        HBox rateGroup = row(new Label("Learning rate"), rate, rateLabel);
        HBox variantGroup = row(new Label("Steps use"), variant, new Label("batch"), batch);
        HBox dataGroup = row(new Label("Data"), newPoints, new Label("or"), xColumn, yColumn,
                useColumns, dataNote);
        controls.add(new LessonControl("step", "Step button", step));
        controls.add(new LessonControl("play", "Play button and speed", playGroup));
        controls.add(new LessonControl("back", "Back button", back));
        controls.add(new LessonControl("reset", "Reset button", reset));
        controls.add(new LessonControl("learning-rate", "Learning rate", rateGroup));
        controls.add(new LessonControl("variant", "Full batch, mini-batch or stochastic", variantGroup));
        controls.add(new LessonControl("data", "Data: new points or dataset columns", dataGroup));
        FlowPane bar = new FlowPane(24, 8, row(step, playGroup, back, reset), rateGroup,
                variantGroup, dataGroup);
        bar.setPadding(new Insets(12, 0, 0, 0));
        setOnKeyPressed(e -> {
            // a key with a modifier belongs to a menu accelerator, such as Ctrl+Shift+P
            if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()
                    || e.isShiftDown()) {
                return;
            }
            switch (e.getCode()) {
                case S -> fireIfUsable(step);
                case B -> fireIfUsable(back);
                case P -> fireIfUsable(play);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        return bar;
    }

    /** The keyboard shortcut of a button does what the button does, and nothing when it cannot be used. */
    private void fireIfUsable(Button button) {
        if (button.isDisabled()) {
            return;
        }
        for (Node n = button; n != null && n != this; n = n.getParent()) {
            if (!n.isVisible()) {
                return;
            }
        }
        button.fire();
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static double roundRate(double rate) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rate)) - 1);
        return Math.round(rate / magnitude) * magnitude;
    }

    private static String describe(DescentStep s) {
        if (s == null) {
            return "";
        }
        return String.format(Locale.ROOT, "Step %d:  w = %.4g,  b = %.4g,  loss J = %.4g",
                s.number(), s.w(), s.b(), s.loss());
    }

    private static VBox titled(String text, Region content) {
        VBox box = new VBox(4, sectionLabel(text), content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private static Label sectionLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }
}

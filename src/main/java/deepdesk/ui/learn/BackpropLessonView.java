package deepdesk.ui.learn;

import deepdesk.core.common.SettingDocs;
import deepdesk.core.lesson.BackpropData;
import deepdesk.core.lesson.BackpropPass;
import deepdesk.core.lesson.BackpropSettings;
import deepdesk.core.lesson.BackpropStage;
import deepdesk.core.model.Activation;
import deepdesk.ui.common.DisplayNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Lesson 3 on screen: the network with every number, the stage's title, explanation and formula
 * written out with the numbers of the chosen row, the four rows with their predictions, and the
 * controls (Back, Next, Play, Reset; the arrow keys step too) and settings.
 *
 * <p>Threading: FX thread only. The Play timer runs only while the lesson is showing.
 */
final class BackpropLessonView extends BorderPane implements LessonPage {

    private static final double MIN_RATE = 0.01;
    private static final double MAX_RATE = 10;

    private final BackpropLessonViewModel model;
    private final BackpropDiagram diagram = new BackpropDiagram();
    private final Label stageCount = new Label();
    private final Label stageTitle = new Label();
    private final Label explanation = new Label();
    private final ImageView formula = new ImageView();
    private final GridPane rowsGrid = new GridPane();
    private final ToggleGroup rowChoice = new ToggleGroup();
    private final Label[][] rowCells = new Label[BackpropData.ROWS][5];
    private final Label meanLoss = new Label();
    private final List<LessonControl> controls = new ArrayList<>();

    BackpropLessonView(BackpropLessonViewModel model) {
        this.model = model;
        setId("lesson-backprop");
        setPadding(new Insets(12));

        Label title = new Label("Forward and backward, step by step");
        title.getStyleClass().add("title-3");
        Label intro = new Label("One training step of a small network, one number at a time: forward from the "
                + "inputs to the loss, backward with the chain rule to every weight's gradient, then the update. "
                + "Use Next and Back, or the arrow keys.");
        intro.setWrapText(true);
        stageCount.setId("backprop-stage-count");
        stageCount.getStyleClass().add("text-muted");
        stageTitle.setId("backprop-stage-title");
        stageTitle.getStyleClass().add("title-4");
        VBox stageText = new VBox(0, stageTitle, stageCount);
        stageText.setMinWidth(0);
        HBox stageLine = new HBox(14, playbackButtons(), stageText);
        stageLine.setAlignment(Pos.CENTER_LEFT);
        stageLine.setMinHeight(Region.USE_PREF_SIZE);
        VBox header = new VBox(4, title, intro, stageLine);
        header.setPadding(new Insets(0, 0, 6, 0));
        setTop(header);

        VBox side = new VBox(14, rowsPanel());
        side.setMinWidth(Region.USE_PREF_SIZE);
        HBox middle = new HBox(14, diagram, side);
        HBox.setHgrow(diagram, Priority.ALWAYS);
        setCenter(middle);

        explanation.setId("backprop-explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        formula.setId("backprop-formula");
        formula.setPreserveRatio(true);
        StackPane formulaBox = new StackPane(formula);
        formulaBox.setAlignment(Pos.CENTER_LEFT);
        formulaBox.setMinHeight(0);
        formulaBox.setMinWidth(0);
        // decision: a formula wider than the lesson is scaled down rather than cut off
        formulaBox.widthProperty().addListener((o, a, w) -> fitFormula(w.doubleValue()));
        Label problem = new Label();
        problem.setId("backprop-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add("text-danger");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        VBox bottom = new VBox(8, explanation, formulaBox, problem, settingsBar());
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setBottom(bottom);

        model.pictureProperty().addListener((o, a, p) -> show(p));
        show(model.pictureProperty().get());
        // decision: the formula, the stage's title and its explanation grow with the window so that
        // they stay legible on a projector
        widthProperty().addListener((o, a, w) -> {
            double width = w.doubleValue();
            model.formulaSizeProperty().set(Math.round(Math.max(15, Math.min(26, width / 70))));
            double text = Math.round(Math.max(13, Math.min(20, width / 85)));
            explanation.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.0fpx;", text));
            stageTitle.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.0fpx; -fx-font-weight: bold;", text + 3));
            side.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.0fpx;", text));
        });

        new LessonPlayer(this, model.playingProperty(), model.stepsPerSecondProperty(), 0.25, model::playTick);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = getScene() == null ? null : getScene().getFocusOwner();
            if (focus instanceof TextInputControl || focus instanceof Slider || focus instanceof Spinner
                    || focus instanceof ComboBoxBase) {
                return;
            }
            switch (e.getCode()) {
                case RIGHT -> model.next();
                case LEFT -> model.back();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        diagram.setFocusTraversable(true);
        diagram.setOnMousePressed(e -> diagram.requestFocus());
    }

    @Override
    public String lessonId() {
        return "backprop";
    }

    @Override
    public String title() {
        return "3. Forward and backward, step by step";
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
        return model.settings();
    }

    @Override
    public void applySettings(Map<String, String> settings) {
        model.applySettings(settings);
    }

    @Override
    public void run() {
        if (!model.playingProperty().get()) {
            model.togglePlay();
        }
    }

    @Override
    public void setDark(boolean dark) {
        diagram.palette().setDark(dark);
        diagram.requestLayout();
        model.darkProperty().set(dark);
    }

    private void show(BackpropLessonViewModel.Picture p) {
        diagram.show(p);
        if (p == null) {
            return;
        }
        stageTitle.setText(p.title());
        stageCount.setText(String.format(Locale.ROOT, "stage %d of %d · training step %d · row %d",
                p.stageIndex() + 1, p.stages().size(), p.iteration() + 1, p.row() + 1));
        explanation.setText(p.explanation());
        formula.setImage(p.formula());
        fitFormula(((Region) formula.getParent()).getWidth());
        rowChoice.getToggles().get(p.row()).setSelected(true);
        BackpropPass pass = p.pass();
        boolean predicted = p.reached(BackpropStage.Kind.OUTPUT, -1);
        boolean lossKnown = p.reached(BackpropStage.Kind.LOSS, -1);
        for (int r = 0; r < BackpropData.ROWS; r++) {
            rowCells[r][0].setText(BackpropFormulas.shortNum(pass.input(r, 0)));
            rowCells[r][1].setText(BackpropFormulas.shortNum(pass.input(r, 1)));
            rowCells[r][2].setText(BackpropFormulas.shortNum(pass.target(r)));
            rowCells[r][3].setText(predicted ? BackpropFormulas.shortNum(pass.prediction(r)) : "?");
            rowCells[r][4].setText(lossKnown ? BackpropFormulas.shortNum(pass.rowLoss(r)) : "?");
        }
        meanLoss.setText(lossKnown ? "Mean loss J = " + BackpropFormulas.shortNum(pass.loss()) : "Mean loss J = ?");
    }

    private void fitFormula(double width) {
        if (formula.getImage() == null || width <= 0) {
            return;
        }
        formula.setFitWidth(Math.min(formula.getImage().getWidth(), width));
    }

    private Region rowsPanel() {
        rowsGrid.setId("backprop-rows");
        rowsGrid.setHgap(12);
        rowsGrid.setVgap(4);
        String[] headers = {"Row", "x₁", "x₂", "y", "ŷ", "L"};
        for (int c = 0; c < headers.length; c++) {
            rowsGrid.add(bold(headers[c]), c, 0);
        }
        for (int r = 0; r < BackpropData.ROWS; r++) {
            RadioButton choice = new RadioButton(Integer.toString(r + 1));
            choice.setId("backprop-row-" + (r + 1));
            choice.setToggleGroup(rowChoice);
            int index = r;
            choice.setOnAction(e -> model.rowProperty().set(index));
            rowsGrid.add(choice, 0, r + 1);
            for (int c = 0; c < 5; c++) {
                rowCells[r][c] = new Label();
                rowCells[r][c].setMinWidth(Region.USE_PREF_SIZE);
                rowsGrid.add(rowCells[r][c], c + 1, r + 1);
            }
        }
        meanLoss.setId("backprop-mean-loss");
        Label hint = new Label("The formulas follow the chosen row; the gradients on the edges are "
                + "the means over all four rows.");
        wrapped(hint);
        hint.getStyleClass().add("text-muted");
        Label network = new Label("The network: two inputs, one hidden layer, one sigmoid output; the loss of "
                + "a row is the squared error, and plain gradient descent lowers their mean J.");
        wrapped(network);
        network.getStyleClass().add("text-muted");
        VBox box = new VBox(6, bold("The rows"), rowsGrid, meanLoss, hint, network);
        controls.add(new LessonControl("row", "Row choice", box));
        return box;
    }

    private Region settingsBar() {
        FlowPane grid = new FlowPane(18, 8);
        grid.setAlignment(Pos.CENTER_LEFT);

        Spinner<Integer> units = new Spinner<>(BackpropSettings.MIN_HIDDEN, BackpropSettings.MAX_HIDDEN,
                model.hiddenUnitsProperty().get());
        units.setId("backprop-hidden-units");
        units.setPrefWidth(80);
        units.valueProperty().addListener((o, a, v) -> model.hiddenUnitsProperty().set(v));
        model.hiddenUnitsProperty().addListener((o, a, v) -> units.getValueFactory().setValue(v.intValue()));
        addSetting(grid, "hidden-units", "Hidden units", units, "hiddenUnits");

        ComboBox<Activation> activation = new ComboBox<>(
                FXCollections.observableArrayList(BackpropLessonViewModel.ACTIVATIONS));
        activation.setId("backprop-activation");
        activation.valueProperty().bindBidirectional(model.activationProperty());
        activation.setConverter(new StringConverter<>() {
            @Override
            public String toString(Activation a) {
                return a == null ? "" : DisplayNames.of(a);
            }

            @Override
            public Activation fromString(String text) {
                return model.activationProperty().get();
            }
        });
        addSetting(grid, "activation", "Activation", activation, "activation");

        ComboBox<BackpropData> data = new ComboBox<>(FXCollections.observableArrayList(BackpropData.values()));
        data.setId("backprop-data");
        data.valueProperty().bindBidirectional(model.dataProperty());
        data.setConverter(new StringConverter<>() {
            @Override
            public String toString(BackpropData d) {
                return d == null ? "" : d.title();
            }

            @Override
            public BackpropData fromString(String text) {
                return model.dataProperty().get();
            }
        });
        addSetting(grid, "data", "Data", data, "data");

        Spinner<Integer> seed = new Spinner<>(0, 9999, model.seedProperty().get());
        seed.setId("backprop-seed");
        seed.setPrefWidth(90);
        seed.setEditable(true);
        seed.valueProperty().addListener((o, a, v) -> model.seedProperty().set(v));
        model.seedProperty().addListener((o, a, v) -> seed.getValueFactory().setValue(v.intValue()));
        addSetting(grid, "seed", "Seed", seed, "seed");

        Slider rate = new Slider(Math.log10(MIN_RATE), Math.log10(MAX_RATE),
                Math.log10(model.learningRateProperty().get()));
        rate.setId("backprop-learning-rate");
        rate.setPrefWidth(130);
        rate.valueProperty().addListener((o, a, v) -> {
            if (rate.isValueChanging()) {
                return;
            }
            model.learningRateProperty().set(twoDigits(Math.pow(10, v.doubleValue())));
        });
        rate.valueChangingProperty().addListener((o, a, changing) -> {
            if (!changing) {
                model.learningRateProperty().set(twoDigits(Math.pow(10, rate.getValue())));
            }
        });
        model.learningRateProperty().addListener((o, a, v) -> {
            if (Math.abs(Math.pow(10, rate.getValue()) - v.doubleValue()) > 1e-9 * v.doubleValue()
                    && !rate.isValueChanging()) {
                rate.setValue(Math.log10(v.doubleValue()));
            }
        });
        Label rateText = new Label();
        rateText.setMinWidth(Region.USE_PREF_SIZE);
        rateText.textProperty().bind(model.learningRateProperty()
                .map(v -> "α = " + BackpropFormulas.num(v.doubleValue())));
        HBox rateBox = new HBox(6, rate, rateText);
        rateBox.setAlignment(Pos.CENTER_LEFT);
        addSetting(grid, "learning-rate", "Learning rate", rateBox, "learningRate");
        Tooltip.install(rate, new Tooltip(SettingDocs.describe(BackpropSettings.class, "learningRate")));

        grid.getChildren().add(speedControl());
        return grid;
    }

    private void addSetting(FlowPane settings, String id, String name, Node control, String component) {
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        String doc = SettingDocs.describe(BackpropSettings.class, component);
        if (!doc.isEmpty()) {
            Tooltip tip = new Tooltip(doc);
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            label.setTooltip(tip);
            if (control instanceof Control c) {
                c.setTooltip(tip);
            }
        }
        HBox line = new HBox(8, label, control);
        line.setAlignment(Pos.CENTER_LEFT);
        settings.getChildren().add(line);
        controls.add(new LessonControl(id, name, line));
    }

    private Region playbackButtons() {
        Button back = new Button("◀ Back");
        back.setId("backprop-back");
        back.setTooltip(new Tooltip("The previous stage (Left arrow)"));
        back.setOnAction(e -> model.back());
        Button next = new Button("Next ▶");
        next.setId("backprop-next");
        next.setTooltip(new Tooltip("The next stage (Right arrow)"));
        next.setOnAction(e -> model.next());
        Button play = new Button();
        play.setId("backprop-play");
        play.setMinWidth(Region.USE_PREF_SIZE);
        play.textProperty().bind(model.playingProperty().map(p -> p ? "Pause" : "Play"));
        play.setTooltip(new Tooltip("Play through the stages of the training step"));
        play.setOnAction(e -> model.togglePlay());
        Button reset = new Button("Reset");
        reset.setId("backprop-reset");
        reset.setTooltip(new Tooltip("Back to the first stage with the initial weights"));
        reset.setOnAction(e -> model.reset());
        controls.add(new LessonControl("back", "Back", back));
        controls.add(new LessonControl("next", "Next", next));
        controls.add(new LessonControl("play", "Play", play));
        controls.add(new LessonControl("reset", "Reset", reset));
        HBox buttons = new HBox(6, back, next, play, reset);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }

    private Region speedControl() {
        Slider speed = new Slider(0.5, 6, model.stepsPerSecondProperty().get());
        speed.setId("backprop-speed");
        speed.setPrefWidth(100);
        speed.valueProperty().bindBidirectional(model.stepsPerSecondProperty());
        Label speedText = new Label();
        speedText.setMinWidth(Region.USE_PREF_SIZE);
        speedText.textProperty().bind(model.stepsPerSecondProperty()
                .map(v -> String.format(Locale.ROOT, "%.1f stages/s", v.doubleValue())));
        HBox speedBox = new HBox(6, new Label("Play speed"), speed, speedText);
        speedBox.setAlignment(Pos.CENTER_LEFT);
        controls.add(new LessonControl("speed", "Play speed", speedBox));
        return speedBox;
    }

    private static double twoDigits(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)) - 1);
        return Math.round(value / magnitude) * magnitude;
    }

    /** A label of several lines at the side panel's width. */
    private static void wrapped(Label label) {
        label.setWrapText(true);
        label.setPrefWidth(250);
        label.setMaxWidth(250);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }
}

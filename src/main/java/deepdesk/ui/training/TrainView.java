package deepdesk.ui.training;

import deepdesk.core.common.SettingDocs;
import deepdesk.core.model.OptimizerConfig;
import deepdesk.core.training.PredictionSnapshot;
import deepdesk.core.training.TrainingState;
import deepdesk.ui.common.chart.ChartSeries;
import deepdesk.ui.common.chart.HeatmapView;
import deepdesk.ui.common.chart.LiveLineChart;
import deepdesk.ui.common.chart.ResidualHistogram;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Subscription;

/**
 * The Train screen: controls and counters on top, live loss, metric and learning-rate curves on
 * the left, live predictions (decision surface and neurons, or predicted-vs-actual and residuals),
 * the confusion matrix and the doctor's cards on the right, and the run table with the
 * learning-rate finder below.
 *
 * <p>Charts are updated once per view-model revision, by appending only the new points of each
 * curve. The view model's timer runs only while the screen is in a showing window.
 *
 * <p>Threading: FX thread only.
 */
public final class TrainView extends BorderPane {

    private static final Color[] RUN_COLORS = {
        Color.web("#0877BD"), Color.web("#E8710A"), Color.web("#009E73"), Color.web("#CC79A7"),
        Color.web("#7A5195"), Color.web("#56B4E9"), Color.web("#D55E00"), Color.web("#8C564B")};
    private static final double THUMBNAIL = 58;

    private final TrainViewModel model;
    private final ObservableValue<Boolean> dark;
    private final LiveLineChart lossChart = new LiveLineChart();
    private final LiveLineChart metricChart = new LiveLineChart();
    private final LiveLineChart rateChart = new LiveLineChart();
    private final LiveLineChart finderChart = new LiveLineChart();
    private final HeatmapView surface = new HeatmapView();
    private final FlowPane neurons = new FlowPane(4, 4);
    private final List<HeatmapView> neuronViews = new ArrayList<>();
    private final PointsPlot predictedActual = new PointsPlot();
    private final PointsPlot fittedCurve = new PointsPlot();
    private final ResidualHistogram residuals = new ResidualHistogram("Residuals (validation)");
    private final ConfusionMatrixView confusion = new ConfusionMatrixView();
    private final VBox doctorCards = new VBox(6);
    private final TableView<RunEntry> runTable = new TableView<>();
    private final Label surfaceCaption = new Label();
    private final List<CurveBinding> curves = new ArrayList<>();
    private Subscription showing = Subscription.EMPTY;
    private List<Integer> neuronShape = List.of();

    /**
     * Builds the screen.
     *
     * @param model the view model
     * @param dark  whether the dark theme is on; canvas charts follow it
     */
    public TrainView(TrainViewModel model, ObservableValue<Boolean> dark) {
        this.model = model;
        this.dark = dark;
        setId("screen-training");
        setTop(controlBar());
        SplitPane center = new SplitPane(chartsPane(), predictionsPane());
        center.setDividerPositions(0.5);
        setCenter(center);
        setBottom(runsPane());
        BorderPane.setMargin(getBottom(), new Insets(6, 0, 0, 0));
        setPadding(new Insets(8));

        model.revisionProperty().addListener((o, a, b) -> refresh());
        model.currentRunProperty().addListener((o, a, b) -> {
            rebuildCurves();
            showFindings();
        });
        model.selectedRuns().addListener((ListChangeListener<RunEntry>) c -> rebuildCurves());
        model.runs().addListener((ListChangeListener<RunEntry>) c -> rebuildCurves());
        model.predictionsProperty().addListener((o, a, b) -> showPredictions());
        model.discretizeProperty().addListener((o, a, b) -> showPredictions());
        model.selectedNeuronProperty().addListener((o, a, b) -> showPredictions());
        model.overlayPointsProperty().addListener((o, a, b) -> showOverlay());
        model.regressionPointsProperty().addListener((o, a, b) -> showRegression());
        model.confusionProperty().addListener((o, a, b) -> confusion.show(b, model.classNames()));
        model.findings().addListener((ListChangeListener<DoctorFinding>) c -> showFindings());
        model.finderResultProperty().addListener((o, a, b) -> showSweep(b));
        model.metricNameProperty().addListener((o, a, b) -> labelCharts());
        dark.addListener((o, a, b) -> applyTheme());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        followShowing();
        labelCharts();
        applyTheme();
        showOverlay();
        showFindings();
    }

    /** The view model behind the screen. */
    public TrainViewModel model() {
        return model;
    }

    // ---------------------------------------------------------------- layout

    private Node controlBar() {
        Button start = button("Start", "train-start", model::startTraining);
        start.getStyleClass().add("accent");
        start.disableProperty().bind(model.canStartProperty().not());
        Button pause = button("Pause", "train-pause", model::togglePause);
        pause.textProperty().bind(model.pauseTextProperty());
        pause.disableProperty().bind(model.canPauseOrResumeProperty().not());
        pause.setTooltip(new Tooltip("Pause or resume training (Space)"));
        Button stepBatch = button("Step batch", "train-step-batch", model::stepBatch);
        Button stepEpoch = button("Step epoch", "train-step-epoch", model::stepEpoch);
        Button stop = button("Stop", "train-stop", model::stopTraining);
        stepBatch.disableProperty().bind(model.canStepProperty().not());
        stepEpoch.disableProperty().bind(model.canStepProperty().not());
        stop.disableProperty().bind(model.canStopProperty().not());
        stepBatch.setTooltip(new Tooltip("Train one mini-batch, then pause"));
        stepEpoch.setTooltip(new Tooltip("Train to the end of the epoch, then pause"));
        Button reset = button("Reset", "train-reset", model::resetTraining);
        reset.disableProperty().bind(model.canResetProperty().not());
        reset.setTooltip(new Tooltip("Start the last run over with fresh weights, paused"));

        TextField rate = new TextField();
        rate.setId("train-learning-rate");
        rate.setPrefColumnCount(7);
        String rateDoc = SettingDocs.describe(OptimizerConfig.class, "learningRate");
        rate.setTooltip(new Tooltip((rateDoc == null || rateDoc.isBlank() ? "" : rateDoc + "\n")
                + "Press Enter to change it while training runs."));
        rate.setText(RunEntry.shortNumber(model.learningRateProperty().get()));
        model.learningRateProperty().addListener((o, a, b) -> {
            if (!rate.isFocused()) {
                rate.setText(RunEntry.shortNumber(b.doubleValue()));
            }
        });
        Runnable applyRate = () -> {
            try {
                model.learningRateProperty().set(Double.parseDouble(rate.getText().strip()));
                model.applyLearningRate();
                rate.setStyle("");
            } catch (NumberFormatException e) {
                rate.setStyle("-fx-border-color: #d1242f;");
            }
        };
        rate.setOnAction(e -> applyRate.run());
        rate.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                applyRate.run();
            }
        });
        Label rateLabel = new Label("Learning rate");
        rateLabel.setLabelFor(rate);
        Label currentRate = new Label();
        currentRate.getStyleClass().add("muted");
        currentRate.textProperty().bind(Bindings.createStringBinding(() -> {
            double r = model.currentLearningRateProperty().get();
            return Double.isFinite(r) && model.stateProperty().get().isActive()
                    ? "now " + RunEntry.shortNumber(r) : "";
        }, model.currentLearningRateProperty(), model.stateProperty()));

        Label counter = new Label();
        counter.setId("train-counter");
        counter.textProperty().bind(model.counterTextProperty());
        counter.setMinWidth(Region.USE_PREF_SIZE);
        Label state = new Label();
        state.setId("train-state");
        state.getStyleClass().add("subsection-title");
        state.textProperty().bind(Bindings.createStringBinding(
                () -> stateText(model.stateProperty().get()), model.stateProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setId("train-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setPrefWidth(140);
        Label eta = new Label();
        eta.setId("train-eta");
        eta.textProperty().bind(model.etaTextProperty());
        eta.getStyleClass().add("muted");
        Label throughput = new Label();
        throughput.setId("train-throughput");
        throughput.textProperty().bind(model.throughputTextProperty());
        throughput.getStyleClass().add("muted");

        HBox buttons = new HBox(6, start, pause, stepBatch, stepEpoch, stop, reset,
                new Separator(Orientation.VERTICAL), rateLabel, rate, currentRate,
                new Separator(Orientation.VERTICAL), placeChoice());
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label clusterStatus = new Label();
        clusterStatus.setId("train-cluster-status");
        clusterStatus.getStyleClass().add("muted");
        clusterStatus.textProperty().bind(model.clusterStatusTextProperty());
        clusterStatus.managedProperty().bind(clusterStatus.textProperty().isNotEmpty());
        clusterStatus.visibleProperty().bind(clusterStatus.managedProperty());
        HBox counters = new HBox(10, state, counter, progress, eta, throughput, clusterStatus);
        counters.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("train-status");
        status.textProperty().bind(model.statusTextProperty());
        status.setStyle("-fx-text-fill: #d1242f;");
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        VBox bar = new VBox(6, buttons, counters, status);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    /** Where runs compute: this machine, Spark local or a Spark cluster, with the master URL. */
    private Node placeChoice() {
        ChoiceBox<ComputePlace> place = new ChoiceBox<>(FXCollections.observableArrayList(ComputePlace.values()));
        place.setId("train-place");
        place.valueProperty().bindBidirectional(model.placeProperty());
        place.disableProperty().bind(model.canStartProperty().not());
        place.setTooltip(new Tooltip("Where the next run trains: here with the local trainer, on Spark inside "
                + "this application, or on a Spark cluster. The charts follow a Spark run the same way."));
        TextField master = new TextField();
        master.setId("train-spark-master");
        master.setPrefColumnCount(14);
        master.textProperty().bindBidirectional(model.sparkMasterProperty());
        master.setTooltip(new Tooltip("The Spark master: local[*] uses every core of this machine, "
                + "local[2] two of them; a cluster is spark://host:7077."));
        master.managedProperty().bind(model.placeProperty().isNotEqualTo(ComputePlace.THIS_MACHINE));
        master.visibleProperty().bind(master.managedProperty());
        master.disableProperty().bind(model.canStartProperty().not());
        Label label = new Label("Train on");
        label.setLabelFor(place);
        HBox box = new HBox(6, label, place, master);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node chartsPane() {
        lossChart.setId("train-loss-chart");
        metricChart.setId("train-metric-chart");
        rateChart.setId("train-rate-chart");
        lossChart.smoothingProperty().bind(model.smoothingProperty());
        lossChart.logScaleProperty().bind(model.logScaleProperty());
        rateChart.smoothingProperty().set(0);
        metricChart.smoothingProperty().set(0);

        Slider smoothing = new Slider(0, 0.99, 0.6);
        smoothing.setId("train-smoothing");
        smoothing.valueProperty().bindBidirectional(model.smoothingProperty());
        smoothing.setPrefWidth(120);
        smoothing.setTooltip(new Tooltip("Exponential smoothing of the loss curves; the raw curve stays faint behind"));
        Label smoothingValue = new Label();
        smoothingValue.textProperty().bind(model.smoothingProperty().asString(Locale.ROOT, "%.2f"));
        CheckBox log = new CheckBox("Log scale");
        log.setId("train-log-scale");
        log.selectedProperty().bindBidirectional(model.logScaleProperty());

        MenuButton export = new MenuButton("Export");
        export.setId("train-export");
        export.getItems().addAll(
                exportPng("Loss chart as PNG…", lossChart, "loss.png"),
                exportPng("Metric chart as PNG…", metricChart, "metric.png"),
                exportPng("Learning-rate chart as PNG…", rateChart, "learning-rate.png"),
                exportItem("All runs' curves as CSV…", "runs.csv", "CSV", "*.csv", model::exportRunsCsv),
                exportItem("Loss chart points as CSV…", "loss.csv", "CSV", "*.csv", lossChart::exportCsv));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(8, new Label("Smoothing"), smoothing, smoothingValue, log, spacer, export);
        tools.setAlignment(Pos.CENTER_LEFT);

        HBox lower = new HBox(6, metricChart, rateChart);
        HBox.setHgrow(metricChart, Priority.ALWAYS);
        HBox.setHgrow(rateChart, Priority.ALWAYS);
        metricChart.setPrefSize(300, 200);
        rateChart.setPrefSize(300, 200);
        lossChart.setPrefSize(560, 300);
        VBox.setVgrow(lossChart, Priority.ALWAYS);
        VBox pane = new VBox(6, tools, lossChart, lower);
        pane.setPadding(new Insets(0, 6, 0, 0));
        return pane;
    }

    private Node predictionsPane() {
        surface.setId("train-surface");
        surface.discretizeProperty().bind(model.discretizeProperty().and(model.classificationProperty()));
        surface.setPrefSize(330, 330);
        surface.setMinSize(200, 200);
        ComboBox<String> xInput = inputChoice("train-input-x", model.inputXProperty().get());
        ComboBox<String> yInput = inputChoice("train-input-y", model.inputYProperty().get());
        xInput.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                model.inputXProperty().set(b.intValue());
            }
        });
        yInput.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                model.inputYProperty().set(b.intValue());
            }
        });
        model.inputXProperty().addListener((o, a, b) -> xInput.getSelectionModel().select(b.intValue()));
        model.inputYProperty().addListener((o, a, b) -> yInput.getSelectionModel().select(b.intValue()));
        model.inputNames().addListener((ListChangeListener<String>) c -> {
            xInput.getSelectionModel().select(model.inputXProperty().get());
            yInput.getSelectionModel().select(model.inputYProperty().get());
        });
        CheckBox discretize = new CheckBox("Discretise");
        discretize.setId("train-discretize");
        discretize.selectedProperty().bindBidirectional(model.discretizeProperty());
        discretize.visibleProperty().bind(model.classificationProperty());
        discretize.managedProperty().bind(discretize.visibleProperty());
        HBox axes = new HBox(6, new Label("x"), xInput, new Label("y"), yInput, discretize);
        axes.setAlignment(Pos.CENTER_LEFT);
        surfaceCaption.getStyleClass().add("muted");
        surfaceCaption.setWrapText(true);
        Button backToOutput = new Button("Show output");
        backToOutput.setId("train-show-output");
        backToOutput.setOnAction(e -> model.selectedNeuronProperty().set(null));
        backToOutput.visibleProperty().bind(model.selectedNeuronProperty().isNotNull());
        backToOutput.managedProperty().bind(backToOutput.visibleProperty());
        HBox caption = new HBox(6, surfaceCaption, backToOutput);
        caption.setAlignment(Pos.CENTER_LEFT);
        VBox surfaceBox = new VBox(6, axes, surface, caption, new ReferenceRowForm(model));
        VBox.setVgrow(surface, Priority.ALWAYS);

        neurons.setId("train-neurons");
        neurons.setPrefWrapLength(THUMBNAIL * 3 + 8);
        Label neuronTitle = new Label("Neurons (click to enlarge)");
        neuronTitle.getStyleClass().add("muted");
        neuronTitle.setWrapText(true);
        ScrollPane neuronScroll = new ScrollPane(neurons);
        neuronScroll.setFitToWidth(true);
        neuronScroll.setPrefWidth(THUMBNAIL * 3 + 28);
        neuronScroll.setMinWidth(THUMBNAIL * 2 + 28);
        VBox neuronBox = new VBox(4, neuronTitle, neuronScroll);
        neuronBox.setPrefWidth(THUMBNAIL * 3 + 28);
        VBox.setVgrow(neuronScroll, Priority.ALWAYS);
        HBox classificationBox = new HBox(8, surfaceBox, neuronBox);
        HBox.setHgrow(surfaceBox, Priority.ALWAYS);
        classificationBox.visibleProperty().bind(model.surfaceAvailableProperty());
        classificationBox.managedProperty().bind(classificationBox.visibleProperty());

        predictedActual.setId("train-predicted-actual");
        predictedActual.setLabels("Predicted vs actual (validation)", "actual", "predicted");
        fittedCurve.setId("train-fitted-curve");
        fittedCurve.setLabels("Fitted curve over the training data", "input", "target");
        fittedCurve.setVisible(false);
        fittedCurve.setManaged(false);
        residuals.setId("train-residuals");
        VBox regressionRight = new VBox(6, residuals, fittedCurve);
        VBox.setVgrow(residuals, Priority.ALWAYS);
        VBox.setVgrow(fittedCurve, Priority.ALWAYS);
        HBox regressionBox = new HBox(6, predictedActual, regressionRight);
        HBox.setHgrow(predictedActual, Priority.ALWAYS);
        HBox.setHgrow(regressionRight, Priority.ALWAYS);
        regressionBox.visibleProperty().bind(model.dataReadyProperty().and(model.classificationProperty().not()));
        regressionBox.managedProperty().bind(regressionBox.visibleProperty());
        regressionBox.setMinHeight(170);

        Label noData = new Label("Open a dataset and choose a target on the Data screen, then press Start.");
        noData.getStyleClass().add("muted");
        noData.setWrapText(true);
        noData.visibleProperty().bind(model.dataReadyProperty().not());
        noData.managedProperty().bind(noData.visibleProperty());
        Label noSurface = new Label("The decision surface needs at least two inputs.");
        noSurface.getStyleClass().add("muted");
        noSurface.setWrapText(true);
        noSurface.visibleProperty().bind(model.dataReadyProperty().and(model.classificationProperty())
                .and(model.surfaceAvailableProperty().not()));
        noSurface.managedProperty().bind(noSurface.visibleProperty());

        VBox predictions = new VBox(6, sectionTitle("Live predictions"), noData, noSurface, classificationBox,
                regressionBox);
        VBox.setVgrow(classificationBox, Priority.ALWAYS);
        VBox.setVgrow(regressionBox, Priority.ALWAYS);

        confusion.setId("train-confusion");
        confusion.visibleProperty().bind(model.classificationProperty().and(model.dataReadyProperty()));
        confusion.managedProperty().bind(confusion.visibleProperty());
        doctorCards.setId("train-doctor");
        ScrollPane doctorScroll = new ScrollPane(doctorCards);
        doctorScroll.setFitToWidth(true);
        doctorScroll.setPrefHeight(170);
        VBox doctor = new VBox(4, sectionTitle("Training doctor"), doctorScroll);
        VBox.setVgrow(doctorScroll, Priority.ALWAYS);
        HBox below = new HBox(10, confusion, doctor);
        HBox.setHgrow(doctor, Priority.ALWAYS);
        below.setMinHeight(170);
        below.setPrefHeight(200);

        VBox pane = new VBox(8, predictions, below);
        VBox.setVgrow(predictions, Priority.ALWAYS);
        pane.setPadding(new Insets(0, 0, 0, 6));
        return pane;
    }

    private Node runsPane() {
        runTable.setId("run-table");
        runTable.setItems(model.runs());
        runTable.setEditable(true);
        runTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        runTable.setPlaceholder(new Label("Every Start creates a run. Select several to overlay their curves."));
        TableColumn<RunEntry, String> name = new TableColumn<>("Run");
        name.setCellValueFactory(c -> c.getValue().nameProperty());
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setOnEditCommit(e -> {
            model.rename(e.getRowValue(), e.getNewValue());
            rebuildCurves();
        });
        name.setPrefWidth(90);
        TableColumn<RunEntry, String> settings = new TableColumn<>("Settings");
        settings.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().summary()));
        settings.setPrefWidth(240);
        settings.setMinWidth(200);
        TableColumn<RunEntry, String> state = new TableColumn<>("State");
        state.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> stateText(c.getValue().stateProperty().get()), c.getValue().stateProperty()));
        state.setPrefWidth(80);
        state.setMinWidth(75);
        TableColumn<RunEntry, String> best = new TableColumn<>();
        best.textProperty().bind(Bindings.concat("Best ", model.metricNameProperty()));
        best.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
            double v = c.getValue().bestMetricProperty().get();
            return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "–";
        }, c.getValue().bestMetricProperty()));
        best.setPrefWidth(100);
        best.setMinWidth(110);
        TableColumn<RunEntry, Number> epochs = new TableColumn<>("Epochs");
        epochs.setCellValueFactory(c -> c.getValue().epochsProperty());
        epochs.setPrefWidth(65);
        epochs.setMinWidth(80);
        TableColumn<RunEntry, String> duration = new TableColumn<>("Duration");
        duration.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> TrainViewModel.duration(c.getValue().secondsProperty().get()), c.getValue().secondsProperty()));
        duration.setPrefWidth(85);
        duration.setMinWidth(88);
        TableColumn<RunEntry, String> message = new TableColumn<>("Ended because");
        message.setCellValueFactory(c -> c.getValue().messageProperty());
        message.setPrefWidth(200);
        runTable.getColumns().setAll(List.of(name, settings, state, best, epochs, duration, message));
        runTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunEntry>) c ->
                model.selectedRuns().setAll(List.copyOf(runTable.getSelectionModel().getSelectedItems())));
        runTable.setPrefHeight(160);
        runTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button restore = new Button("Restore settings");
        restore.setId("run-restore");
        restore.setTooltip(new Tooltip("Give the Model screen this run's exact settings"));
        restore.setOnAction(e -> {
            RunEntry run = runTable.getSelectionModel().getSelectedItem();
            if (run != null) {
                model.restore(run);
            }
        });
        Button rename = new Button("Rename");
        rename.setId("run-rename");
        rename.setOnAction(e -> {
            int row = runTable.getSelectionModel().getSelectedIndex();
            if (row >= 0) {
                runTable.edit(row, name);
            }
        });
        Button delete = new Button("Delete");
        delete.setId("run-delete");
        delete.setOnAction(e -> List.copyOf(runTable.getSelectionModel().getSelectedItems()).forEach(model::delete));
        for (Button b : List.of(restore, rename, delete)) {
            b.disableProperty().bind(runTable.getSelectionModel().selectedItemProperty().isNull());
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox runButtons = new VBox(6, restore, rename, delete);
        VBox runs = new VBox(4, sectionTitle("Runs"), new HBox(6, runTable, runButtons));
        HBox.setHgrow(runTable, Priority.ALWAYS);
        HBox.setHgrow(runs, Priority.ALWAYS);
        ((HBox) runs.getChildren().get(1)).setFillHeight(true);

        finderChart.setId("train-finder-chart");
        finderChart.titleProperty().set("Loss vs learning rate");
        finderChart.xLabelProperty().set("log₁₀ learning rate");
        finderChart.yLabelProperty().set("loss");
        finderChart.smoothingProperty().set(0);
        finderChart.setPrefSize(280, 170);
        finderChart.setMinWidth(240);
        Button find = new Button("Find learning rate");
        find.setId("train-find-rate");
        find.setTooltip(new Tooltip("Train a fresh copy briefly while the learning rate grows from 1e-5 to 1, "
                + "and suggest the rate where the loss fell fastest"));
        find.setOnAction(e -> model.findLearningRate());
        find.disableProperty().bind(model.dataReadyProperty().not().or(model.finderRunningProperty()));
        Label suggestion = new Label("");
        suggestion.setId("train-suggested-rate");
        suggestion.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.finderRunningProperty().get()) {
                return "Sweeping…";
            }
            LearningRateSweep sweep = model.finderResultProperty().get();
            return sweep == null ? "" : "Suggested: " + RunEntry.shortNumber(sweep.suggested());
        }, model.finderResultProperty(), model.finderRunningProperty()));
        Button use = new Button("Use it");
        use.setId("train-use-suggested");
        use.disableProperty().bind(model.finderResultProperty().isNull());
        use.setOnAction(e -> model.useSuggestedLearningRate());
        find.setMinWidth(Region.USE_PREF_SIZE);
        use.setMinWidth(Region.USE_PREF_SIZE);
        VBox finderButtons = new VBox(6, find, suggestion, use);
        HBox finder = new HBox(6, finderButtons, finderChart);
        finder.setMinWidth(Region.USE_PREF_SIZE);

        HBox bottom = new HBox(12, runs, finder);
        bottom.setPrefHeight(190);
        bottom.setMinHeight(150);
        return bottom;
    }

    private ComboBox<String> inputChoice(String id, int selected) {
        ComboBox<String> box = new ComboBox<>(model.inputNames());
        box.setId(id);
        box.setPrefWidth(130);
        if (selected < model.inputNames().size()) {
            box.getSelectionModel().select(selected);
        }
        return box;
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private MenuItem exportPng(String text, LiveLineChart chart, String suggested) {
        return exportItem(text, suggested, "PNG image", "*.png", chart::exportPng);
    }

    /** Something that writes a file. */
    private interface FileWriter {
        void write(Path file) throws IOException;
    }

    private MenuItem exportItem(String text, String suggested, String kind, String pattern, FileWriter writer) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(suggested);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
            File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                try {
                    writer.write(file.toPath());
                } catch (IOException ex) {
                    surfaceCaption.setText("Could not write " + file + ": " + ex.getMessage());
                }
            }
        });
        return item;
    }

    // ---------------------------------------------------------------- behaviour

    private void followShowing() {
        ObservableValue<Boolean> shown = sceneProperty()
                .flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty)
                .orElse(false);
        // decision: the drain timer is a GC root and costs a pulse 30 times a second, so it runs
        // only while the screen is in a showing window.
        showing = shown.subscribe(on -> {
            if (on) {
                model.activate();
            } else {
                model.deactivate();
            }
        });
    }

    /** Stops following the window and the view model's timer, for good. */
    public void dispose() {
        showing.unsubscribe();
        model.deactivate();
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.SPACE && !(event.getTarget() instanceof TextInputControl)
                && !runTable.isFocused()) {
            model.togglePause();
            event.consume();
        }
    }

    private void labelCharts() {
        String metric = model.metricNameProperty().get();
        lossChart.titleProperty().set("Loss");
        lossChart.xLabelProperty().set("epoch");
        lossChart.yLabelProperty().set("loss");
        metricChart.titleProperty().set("accuracy".equals(metric) ? "Accuracy" : "R²");
        metricChart.xLabelProperty().set("epoch");
        metricChart.yLabelProperty().set(metric);
        rateChart.titleProperty().set("Learning rate");
        rateChart.xLabelProperty().set("epoch");
        rateChart.yLabelProperty().set("rate");
    }

    private void applyTheme() {
        boolean isDark = Boolean.TRUE.equals(dark.getValue());
        for (LiveLineChart chart : List.of(lossChart, metricChart, rateChart, finderChart)) {
            chart.palette().setDark(isDark);
            chart.invalidate();
        }
        surface.palette().setDark(isDark);
        surface.requestLayout();
        for (PointsPlot plot : List.of(predictedActual, fittedCurve)) {
            plot.palette().setDark(isDark);
            plot.repaint();
        }
        residuals.palette().setDark(isDark);
        residuals.repaint();
        neuronViews.forEach(v -> {
            v.palette().setDark(isDark);
            v.requestLayout();
        });
    }

    private void refresh() {
        for (CurveBinding binding : curves) {
            binding.appendNew();
        }
    }

    private void rebuildCurves() {
        curves.clear();
        lossChart.clearSeries();
        metricChart.clearSeries();
        rateChart.clearSeries();
        Set<RunEntry> shown = new LinkedHashSet<>(model.selectedRuns());
        RunEntry current = model.currentRunProperty().get();
        if (current != null && model.runs().contains(current)) {
            shown.add(current);
        }
        // decision: with one run the legends say only "train" and "validation", so they fit the
        // narrow metric and learning-rate charts; with several they name the runs.
        boolean several = shown.size() > 1;
        for (RunEntry run : shown) {
            Color color = several ? RUN_COLORS[(int) ((run.id() - 1) % RUN_COLORS.length)] : RUN_COLORS[0];
            Color validationColor = several ? color : RUN_COLORS[1];
            String name = run.nameProperty().get();
            String train = several ? name : "train";
            String validation = several ? name + " val." : "validation";
            curves.add(new CurveBinding(lossChart.addSeries(train, color), run.trainLoss(), true, false));
            curves.add(new CurveBinding(lossChart.addSeries(validation, validationColor), run.validationLoss(),
                    true, true));
            curves.add(new CurveBinding(metricChart.addSeries(train, color), run.trainMetric(), false, false));
            curves.add(new CurveBinding(metricChart.addSeries(validation, validationColor), run.validationMetric(),
                    false, true));
            curves.add(new CurveBinding(rateChart.addSeries(several ? name : "rate", color), run.learningRate(),
                    false, false));
        }
        refresh();
    }

    private void showPredictions() {
        PredictionSnapshot snapshot = model.predictionsProperty().get();
        if (snapshot == null) {
            surfaceCaption.setText(model.surfaceAvailableProperty().get()
                    ? "The surface appears once training starts." : "");
            return;
        }
        if (model.surfaceAvailableProperty().get()) {
            showSurface(snapshot);
            showNeurons(snapshot);
        }
    }

    private void showSurface(PredictionSnapshot snapshot) {
        int r = snapshot.resolution();
        NeuronChoice neuron = model.selectedNeuronProperty().get();
        surface.setDomain(snapshot.xMin(), snapshot.xMax(), snapshot.yMin(), snapshot.yMax());
        surface.xLabelProperty().set(inputName(snapshot.request().inputX()));
        surface.yLabelProperty().set(inputName(snapshot.request().inputY()));
        if (neuron != null && neuron.layer() < snapshot.hiddenLayerCount()
                && neuron.neuron() < snapshot.neuronCount(neuron.layer())) {
            float[] values = snapshot.neuronActivation(neuron.layer(), neuron.neuron());
            double extent = extent(values);
            surface.showScalarGrid(values, r, r, -extent, extent);
            surfaceCaption.setText(String.format(Locale.ROOT, "Neuron %d of hidden layer %d at epoch %d (orange "
                    + "negative, blue positive).", neuron.neuron() + 1, neuron.layer() + 1, snapshot.epoch()));
            return;
        }
        boolean regression = !model.classificationProperty().get();
        if (regression) {
            double[] range = model.surfaceRangeProperty().get();
            float[] predicted = new float[r * r];
            for (int cell = 0; cell < predicted.length; cell++) {
                predicted[cell] = snapshot.gridOutput(cell, 0);
            }
            surface.showScalarGrid(predicted, r, r, range[0], range[1]);
        } else if (snapshot.outputWidth() == 1) {
            surface.showScalarGrid(snapshot.gridOutputs(), r, r, 0, 1);
        } else {
            surface.showClassGrid(snapshot.gridOutputs(), snapshot.outputWidth(), r, r);
        }
        String others = model.inputNames().size() > 2 ? " Other inputs are held at the reference row below." : "";
        String what = regression ? String.format(Locale.ROOT, "Predicted value at epoch %d (orange %s, blue %s)",
                snapshot.epoch(), RunEntry.shortNumber(model.surfaceRangeProperty().get()[0]),
                RunEntry.shortNumber(model.surfaceRangeProperty().get()[1])) : "Model output at epoch " + snapshot.epoch();
        surfaceCaption.setText(what + "; rings mark test rows." + others);
    }

    private void showNeurons(PredictionSnapshot snapshot) {
        List<Integer> shape = new ArrayList<>();
        for (int layer = 0; layer < snapshot.hiddenLayerCount(); layer++) {
            shape.add(snapshot.neuronCount(layer));
        }
        int r = snapshot.resolution();
        if (!shape.equals(neuronShape)) {
            neuronShape = shape;
            neurons.getChildren().clear();
            neuronViews.clear();
            int budget = TrainViewModel.MAX_NEURON_THUMBNAILS;
            for (int layer = 0; layer < shape.size() && budget > 0; layer++) {
                for (int n = 0; n < shape.get(layer) && budget > 0; n++, budget--) {
                    neurons.getChildren().add(thumbnail(layer, n));
                }
            }
        }
        int i = 0;
        for (int layer = 0; layer < shape.size(); layer++) {
            for (int n = 0; n < shape.get(layer) && i < neuronViews.size(); n++, i++) {
                float[] values = snapshot.neuronActivation(layer, n);
                double extent = extent(values);
                neuronViews.get(i).showScalarGrid(values, r, r, -extent, extent);
            }
        }
    }

    private Node thumbnail(int layer, int neuron) {
        HeatmapView view = new HeatmapView();
        view.showAxesProperty().set(false);
        view.setPrefSize(THUMBNAIL, THUMBNAIL);
        view.setMinSize(THUMBNAIL, THUMBNAIL);
        view.setMaxSize(THUMBNAIL, THUMBNAIL);
        view.palette().setDark(Boolean.TRUE.equals(dark.getValue()));
        view.setId("train-neuron-" + layer + "-" + neuron);
        view.setOnMouseClicked(e -> model.selectedNeuronProperty().set(new NeuronChoice(layer, neuron)));
        Tooltip.install(view, new Tooltip("Hidden layer " + (layer + 1) + ", neuron " + (neuron + 1)));
        neuronViews.add(view);
        Label caption = new Label((layer + 1) + "·" + (neuron + 1));
        caption.getStyleClass().add("muted");
        caption.setStyle("-fx-font-size: 0.8em;");
        VBox box = new VBox(0, view, caption);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void showOverlay() {
        OverlayPoints points = model.overlayPointsProperty().get();
        surface.setPoints(points.xs(), points.ys(), points.classes(), points.values(), points.isTest());
    }

    private void showRegression() {
        RegressionPoints points = model.regressionPointsProperty().get();
        if (points == null) {
            predictedActual.show(new double[0], new double[0], new double[0], new double[0], true);
            residuals.show(new double[0]);
            fittedCurve.show(new double[0], new double[0], new double[0], new double[0], false);
            return;
        }
        predictedActual.show(points.actual(), points.predicted(), new double[0], new double[0], true);
        residuals.show(points.residuals());
        fittedCurve.setVisible(points.hasCurve());
        fittedCurve.setManaged(points.hasCurve());
        if (points.hasCurve()) {
            fittedCurve.setLabels("Fitted curve over the training data", inputName(0), "target");
            fittedCurve.show(points.dataX(), points.dataY(), points.curveX(), points.curveY(), false);
        }
    }

    private void showFindings() {
        doctorCards.getChildren().clear();
        if (model.findings().isEmpty()) {
            Label fine = new Label(model.currentRunProperty().get() == null
                    ? "Cards appear here when something goes wrong: divergence, a learning rate too low, "
                    + "unscaled inputs, dead ReLUs, overfitting or a plateau."
                    : "Nothing looks wrong so far.");
            fine.getStyleClass().add("muted");
            fine.setWrapText(true);
            doctorCards.getChildren().add(fine);
            return;
        }
        for (DoctorFinding finding : model.findings()) {
            Label title = new Label(finding.title());
            title.getStyleClass().add("subsection-title");
            Label advice = new Label(finding.advice());
            advice.setWrapText(true);
            VBox card = new VBox(2, title, advice);
            card.setId("doctor-" + finding.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            card.getStyleClass().add("doctor-card");
            boolean severe = finding.kind() == DoctorFinding.Kind.DIVERGENCE;
            // decision: translucent fixed colours read well on both the light and the dark theme.
            card.setStyle("-fx-padding: 6 8 6 8; -fx-background-radius: 6; -fx-border-radius: 6; "
                    + (severe ? "-fx-background-color: rgba(209,36,47,0.14); -fx-border-color: rgba(209,36,47,0.55);"
                    : "-fx-background-color: rgba(230,159,0,0.16); -fx-border-color: rgba(230,159,0,0.6);"));
            doctorCards.getChildren().add(card);
        }
    }

    private void showSweep(LearningRateSweep sweep) {
        finderChart.clearSeries();
        if (sweep == null || sweep.rates().length == 0) {
            return;
        }
        int n = sweep.rates().length;
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = Math.log10(sweep.rates()[i]);
        }
        ChartSeries raw = finderChart.addSeries("loss", RUN_COLORS[0].deriveColor(0, 1, 1, 0.35));
        raw.addAll(xs, sweep.losses());
        ChartSeries smooth = finderChart.addSeries("smoothed", RUN_COLORS[0]);
        smooth.addAll(xs, sweep.smoothedLosses());
        double mark = Math.log10(sweep.suggested());
        if (Double.isFinite(mark)) {
            ChartSeries suggested = finderChart.addSeries("suggested", RUN_COLORS[1]);
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (double v : sweep.smoothedLosses()) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
            suggested.addAll(new double[] {mark, mark}, new double[] {low, high});
            suggested.setDashed(true);
        }
    }

    private String inputName(int index) {
        return index < model.inputNames().size() ? model.inputNames().get(index) : "input " + (index + 1);
    }

    private static double extent(float[] values) {
        double extent = 0;
        for (float v : values) {
            if (Float.isFinite(v)) {
                extent = Math.max(extent, Math.abs(v));
            }
        }
        return extent == 0 ? 1 : extent;
    }

    private static String stateText(TrainingState state) {
        return switch (state) {
            case IDLE -> "Ready";
            case RUNNING -> "Running";
            case PAUSED -> "Paused";
            case FINISHED -> "Finished";
            case STOPPED -> "Stopped";
            case DIVERGED -> "Diverged";
            case FAILED -> "Failed";
        };
    }

    /** One chart series fed from one curve of one run, appending only new points. */
    private static final class CurveBinding {
        private final ChartSeries series;
        private final CurvePoints points;

        CurveBinding(ChartSeries series, CurvePoints points, boolean smoothed, boolean dashed) {
            this.series = series;
            this.points = points;
            series.setSmoothed(smoothed);
            series.setDashed(dashed);
        }

        void appendNew() {
            int shown = series.size();
            if (points.size() > shown) {
                series.addAll(points.xsFrom(shown), points.ysFrom(shown));
            }
        }
    }
}

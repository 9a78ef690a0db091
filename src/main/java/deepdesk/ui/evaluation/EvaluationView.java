package deepdesk.ui.evaluation;

import deepdesk.core.evaluation.AveragedMetrics;
import deepdesk.core.evaluation.CalibrationCurve;
import deepdesk.core.evaluation.ClassMetrics;
import deepdesk.core.evaluation.ClassificationEvaluation;
import deepdesk.core.evaluation.ConfusionMatrix;
import deepdesk.core.evaluation.Evaluation;
import deepdesk.core.evaluation.RegressionEvaluation;
import deepdesk.core.evaluation.RocCurve;
import deepdesk.ui.common.EmptyState;
import deepdesk.ui.common.NumberLabels;
import deepdesk.ui.common.ScatterData;
import deepdesk.ui.common.ScatterPlot;
import deepdesk.ui.common.TrainedModel;
import deepdesk.ui.common.chart.ChartSeries;
import deepdesk.ui.common.chart.LiveLineChart;
import deepdesk.ui.common.chart.ResidualHistogram;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;

/**
 * The Evaluate screen: the latest model's metrics on the test split (or another), a confusion
 * matrix or a predicted-against-actual plot with the residuals, and a sortable predictions table
 * that exports to CSV; beside them, tabs to predict a file of new rows, to ask what-if
 * questions, and to cross-validate the configuration. Until a training run has ended it says so.
 *
 * <p>Threading: FX thread only.
 */
public final class EvaluationView extends StackPane {

    private static final int MAX_PLOT_POINTS = 4000;
    private static final double CLASS_ROW_HEIGHT = 30;

    private final EvaluationViewModel model;
    private final Label modelLabel = new Label();
    private final FlowPane metrics = new FlowPane(10, 10);
    private final GridPane confusion = new GridPane();
    private final TableView<ClassRow> classTable = new TableView<>();
    private final ScatterPlot scatter = new ScatterPlot();
    private final ScatterPlot residualPlot = new ScatterPlot();
    private final ResidualHistogram residualHistogram = new ResidualHistogram("Residuals");
    private final VBox detail = new VBox(10);
    private final TableView<PredictionRow> predictions = new TableView<>();
    private final Label tableTitle = new Label("Predictions");
    private final Button showAll = new Button("Show all rows");

    /** Creates the screen over its view model. */
    public EvaluationView(EvaluationViewModel model) {
        this.model = model;
        setId("screen-evaluation");
        getStylesheets().add(EvaluationView.class.getResource("evaluation.css").toExternalForm());
        EmptyState empty = new EmptyState("Evaluate",
                "No model yet. Train one on the Train screen; when the run ends, its best weights are judged here on the test rows it never saw.");
        empty.setId("evaluation-empty");
        BorderPane content = new BorderPane();
        content.setTop(header());
        content.setCenter(body());
        content.visibleProperty().bind(model.modelProperty().isNotNull());
        empty.visibleProperty().bind(model.modelProperty().isNull());
        getChildren().addAll(content, empty);
        model.resultProperty().addListener((o, a, b) -> show(b));
        model.rowNormalizedProperty().addListener((o, a, b) -> show(model.resultProperty().get()));
        model.modelProperty().addListener((o, a, b) -> describe(b));
        model.cellFilterProperty().addListener((o, a, b) -> describeFilter(b));
        describe(model.modelProperty().get());
        show(model.resultProperty().get());
    }

    private Node header() {
        Label title = new Label("Evaluate");
        title.getStyleClass().add("section-title");
        modelLabel.setId("evaluation-model");
        modelLabel.getStyleClass().add("muted");
        ComboBox<EvaluationSplit> split = new ComboBox<>();
        split.setId("evaluation-split");
        split.getItems().setAll(EvaluationSplit.values());
        split.valueProperty().bindBidirectional(model.splitProperty());
        split.setTooltip(new Tooltip("The rows to judge the model on. Only the test rows were never used in training or to pick the best epoch."));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("evaluation-status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, modelLabel, spacer, status, busy, new Label("Split"), split);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 10, 16));
        header.getStyleClass().add("screen-header");
        return header;
    }

    private Node body() {
        metrics.setId("evaluation-metrics");
        confusion.setId("evaluation-confusion");
        confusion.setHgap(2);
        confusion.setVgap(2);
        classTable.setId("evaluation-classes");
        classTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        classTable.getColumns().setAll(List.of(
                textColumn("Class", ClassRow::name, 120),
                textColumn("Precision", ClassRow::precision, 80),
                textColumn("Recall", ClassRow::recall, 80),
                textColumn("F1", ClassRow::f1, 80),
                textColumn("Support", ClassRow::support, 70)));
        classTable.setFixedCellSize(CLASS_ROW_HEIGHT);
        scatter.setId("evaluation-scatter");
        scatter.setPrefSize(400, 320);
        residualPlot.setId("evaluation-residuals");
        residualPlot.setPrefSize(400, 320);
        residualHistogram.setId("evaluation-residual-histogram");
        residualHistogram.setPrefSize(400, 320);
        VBox top = new VBox(12, metrics, detail);
        top.setPadding(new Insets(14, 16, 12, 16));
        ScrollPane topScroll = new ScrollPane(top);
        topScroll.setFitToWidth(true);

        predictions.setId("evaluation-predictions");
        predictions.setItems(model.shownRows());
        predictions.setPlaceholder(new Label("No rows in this split."));
        VBox.setVgrow(predictions, Priority.ALWAYS);
        tableTitle.getStyleClass().add("subsection-title");
        showAll.setId("evaluation-show-all");
        showAll.setOnAction(e -> model.showAllRows());
        showAll.setVisible(false);
        Button export = new Button("Export CSV…");
        export.setId("evaluation-export");
        export.disableProperty().bind(model.resultProperty().isNull());
        export.setOnAction(e -> exportCsv());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tableBar = new HBox(10, tableTitle, showAll, spacer, export);
        tableBar.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(6, tableBar, predictions);
        bottom.setPadding(new Insets(8, 16, 12, 16));

        SplitPane split = new SplitPane(topScroll, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        TabPane tabs = new TabPane(
                tab("Metrics", "evaluation-tab-metrics", split),
                tab("Predict a file", "evaluation-tab-file", new FilePredictionPane(model.filePrediction())),
                tab("What-if", "evaluation-tab-whatif", new WhatIfPane(model.whatIf())),
                tab("Cross-validation", "evaluation-tab-cv", new CrossValidationPane(model.crossValidation())));
        tabs.setId("evaluation-tabs");
        return tabs;
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private void describe(TrainedModel trained) {
        modelLabel.setText(trained == null ? ""
                : trained.runName() + " · " + trained.prepared().targetName() + " · "
                        + trained.dataset().name());
    }

    private void describeFilter(ConfusionCell cell) {
        EvaluationResult result = model.resultProperty().get();
        showAll.setVisible(cell != null);
        if (cell == null || result == null) {
            tableTitle.setText("Predictions");
            return;
        }
        tableTitle.setText("Predictions: true " + result.classNames().get(cell.actual())
                + ", predicted " + result.classNames().get(cell.predicted()));
    }

    private void show(EvaluationResult result) {
        metrics.getChildren().clear();
        detail.getChildren().clear();
        if (result == null) {
            predictions.getColumns().clear();
            return;
        }
        Evaluation evaluation = result.evaluation();
        if (evaluation instanceof ClassificationEvaluation c) {
            showClassification(c);
        } else if (evaluation instanceof RegressionEvaluation r) {
            showRegression(result, r);
        } else {
            Label none = new Label("The " + result.split().toString().toLowerCase(Locale.ROOT)
                    + " split has no rows. Choose another split, or give the test split a share on the Data screen.");
            none.setWrapText(true);
            none.getStyleClass().add("muted");
            detail.getChildren().add(none);
        }
        buildPredictionColumns(result);
        describeFilter(model.cellFilterProperty().get());
    }

    private void showClassification(ClassificationEvaluation c) {
        metrics.getChildren().addAll(
                tile("Accuracy", NumberLabels.format(c.accuracy()), "The share of rows whose predicted class is right."),
                tile("Balanced accuracy", NumberLabels.format(c.balancedAccuracy()), "The mean recall over the classes: a model that always answers the biggest class scores 1 / classes."),
                tile("Log loss", NumberLabels.format(c.logLoss()), "The mean of -ln p, where p is the probability the model gave to the true class. Lower is better."),
                tile("Macro F1", NumberLabels.format(c.macroAverage().f1()), "The unweighted mean F1 over the classes."),
                tile("AUC", NumberLabels.format(c.auc()), "The area under the ROC curve (one-vs-rest mean for more than two classes)."),
                tile("Rows", Integer.toString(c.rows()), "The number of rows judged."));
        List<ClassRow> rows = new ArrayList<>();
        for (ClassMetrics m : c.perClass()) {
            rows.add(new ClassRow(m.className(), NumberLabels.format(m.precision()),
                    NumberLabels.format(m.recall()), NumberLabels.format(m.f1()), Integer.toString(m.support())));
        }
        rows.add(averageRow("Macro average", c.macroAverage(), c.rows()));
        rows.add(averageRow("Weighted average", c.weightedAverage(), c.rows()));
        classTable.getItems().setAll(rows);
        // room for every row and the header, so the averages are never scrolled away
        classTable.setPrefHeight((rows.size() + 1.4) * CLASS_ROW_HEIGHT);
        classTable.setMinHeight(classTable.getPrefHeight());
        ToggleButton normalize = new ToggleButton("Row-normalised");
        normalize.setId("evaluation-normalize");
        normalize.selectedProperty().bindBidirectional(model.rowNormalizedProperty());
        normalize.setTooltip(new Tooltip("Show each true class's row as shares of that class instead of counts."));
        Label matrixTitle = new Label("Confusion matrix (rows: true class, columns: predicted; click a cell to list its rows)");
        matrixTitle.getStyleClass().add("subsection-title");
        matrixTitle.setWrapText(true);
        fillConfusion(c.confusion());
        VBox matrixBox = new VBox(6, matrixTitle, normalize, confusion);
        matrixBox.setMinWidth(260);
        Label tableLabel = new Label("Per class");
        tableLabel.getStyleClass().add("subsection-title");
        VBox tableBox = new VBox(6, tableLabel, classTable);
        HBox.setHgrow(tableBox, Priority.ALWAYS);
        HBox row = new HBox(24, matrixBox, tableBox);
        detail.getChildren().addAll(row, new HBox(16,
                titled("ROC curves: each class against the rest", rocChart(c)),
                titled("Calibration: how often a predicted probability comes true", calibrationChart(c))));
    }

    private static LiveLineChart rocChart(ClassificationEvaluation c) {
        LiveLineChart chart = curveChart("evaluation-roc", "false positive rate", "true positive rate");
        // for two classes the second class's curve is the usual binary one
        List<RocCurve> curves = c.roc().size() == 2 ? List.of(c.roc().get(1)) : c.roc();
        for (int i = 0; i < curves.size(); i++) {
            RocCurve curve = curves.get(i);
            chart.addSeries(curve.className() + " (AUC " + NumberLabels.format(curve.auc()) + ")",
                    ScatterPlot.PALETTE.get(i % ScatterPlot.PALETTE.size()))
                    .addAll(curve.falsePositiveRates(), curve.truePositiveRates());
        }
        diagonal(chart, "chance");
        return chart;
    }

    private static LiveLineChart calibrationChart(ClassificationEvaluation c) {
        LiveLineChart chart = curveChart("evaluation-calibration", "mean predicted probability",
                "observed share");
        List<CalibrationCurve> curves = c.calibration().size() == 2 ? List.of(c.calibration().get(1))
                : c.calibration();
        for (int i = 0; i < curves.size(); i++) {
            CalibrationCurve curve = curves.get(i);
            chart.addSeries(curve.className(), ScatterPlot.PALETTE.get(i % ScatterPlot.PALETTE.size()))
                    .addAll(curve.meanPredicted(), curve.observedFraction());
        }
        diagonal(chart, "perfectly calibrated");
        return chart;
    }

    private static Node titled(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("subsection-title");
        label.setWrapText(true);
        VBox box = new VBox(4, label, content);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(520);
        return box;
    }

    private static LiveLineChart curveChart(String id, String x, String y) {
        LiveLineChart chart = new LiveLineChart();
        chart.setId(id);
        chart.xLabelProperty().set(x);
        chart.yLabelProperty().set(y);
        chart.smoothingProperty().set(0);
        chart.setPrefSize(520, 300);
        HBox.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    private static void diagonal(LiveLineChart chart, String name) {
        ChartSeries line = chart.addSeries(name, Color.GRAY);
        line.setDashed(true);
        line.addAll(new double[] {0, 1}, new double[] {0, 1});
    }

    private static ClassRow averageRow(String name, AveragedMetrics m, int rows) {
        return new ClassRow(name, NumberLabels.format(m.precision()), NumberLabels.format(m.recall()),
                NumberLabels.format(m.f1()), Integer.toString(rows));
    }

    private void fillConfusion(ConfusionMatrix matrix) {
        confusion.getChildren().clear();
        List<String> names = matrix.classNames();
        double[][] shares = matrix.rowNormalized();
        boolean normalized = model.rowNormalizedProperty().get();
        for (int p = 0; p < names.size(); p++) {
            Label head = new Label(names.get(p));
            head.getStyleClass().add("muted");
            head.setMaxWidth(90);
            confusion.add(head, p + 1, 0);
        }
        for (int t = 0; t < names.size(); t++) {
            Label head = new Label(names.get(t));
            head.getStyleClass().add("muted");
            head.setMaxWidth(120);
            confusion.add(head, 0, t + 1);
            for (int p = 0; p < names.size(); p++) {
                double share = shares[t][p];
                String text = normalized ? String.format(Locale.ROOT, "%.2f", share)
                        : Integer.toString(matrix.count(t, p));
                Label cell = new Label(text);
                cell.setId("confusion-" + t + "-" + p);
                cell.setAlignment(Pos.CENTER);
                cell.setMinSize(56, 34);
                cell.setPrefSize(64, 34);
                // decision: the shade follows the row share in both modes, so a big class does
                // not drown the mistakes of a small one
                String fill = t == p ? "rgba(34,139,84," : "rgba(214,69,65,";
                double alpha = 0.08 + 0.82 * share;
                cell.setStyle("-fx-background-color: " + fill + String.format(Locale.ROOT, "%.2f", alpha)
                        + "); -fx-background-radius: 3; -fx-font-family: 'DejaVu Sans Mono';"
                        + (alpha > 0.55 ? " -fx-text-fill: white;" : ""));
                int actual = t;
                int predicted = p;
                cell.setOnMouseClicked(e -> model.showCell(actual, predicted));
                Tooltip.install(cell, new Tooltip(matrix.count(t, p) + " rows of class " + names.get(t)
                        + " predicted as " + names.get(p)));
                confusion.add(cell, p + 1, t + 1);
            }
        }
    }

    private void showRegression(EvaluationResult result, RegressionEvaluation r) {
        metrics.getChildren().addAll(
                tile("MSE", NumberLabels.format(r.mse()), "The mean squared error, in the target's unit squared."),
                tile("RMSE", NumberLabels.format(r.rmse()), "The square root of the mean squared error, in the target's unit."),
                tile("MAE", NumberLabels.format(r.mae()), "The mean absolute error, in the target's unit."),
                tile("R²", NumberLabels.format(r.r2()), "1 minus the squared error over the variance of the targets: 1 is perfect, 0 is no better than the mean."),
                tile("MAPE", Double.isNaN(r.mape()) ? "–" : NumberLabels.format(100 * r.mape()) + " %",
                        "The mean absolute percentage error, over the " + r.mapeValues() + " values whose target is not zero."),
                tile("Rows", Integer.toString(r.rows()), "The number of rows judged."));
        List<PredictionRow> rows = result.rows();
        int step = Math.max(1, (rows.size() + MAX_PLOT_POINTS - 1) / MAX_PLOT_POINTS);
        int n = (rows.size() + step - 1) / step;
        float[] xs = new float[n];
        float[] ys = new float[n];
        for (int i = 0; i < n; i++) {
            xs[i] = (float) rows.get(i * step).actualValue();
            ys[i] = (float) rows.get(i * step).predictedValue();
        }
        String target = result.model().prepared().targetName();
        scatter.show(new ScatterData("Actual " + target, "Predicted " + target, xs, ys, null, List.of(),
                null, null, 0, 0, rows.size()), null);
        Label plotTitle = new Label("Predicted against actual: the nearer the diagonal, the better");
        plotTitle.getStyleClass().add("subsection-title");
        float[] residuals = new float[n];
        for (int i = 0; i < n; i++) {
            residuals[i] = (float) rows.get(i * step).score();
        }
        residualPlot.show(new ScatterData("Predicted " + target, "Residual (actual − predicted)", ys, residuals,
                null, List.of(), null, null, 0, 0, rows.size()), null);
        Label residualTitle = new Label("Residuals against predicted: a good fit scatters evenly around zero");
        residualTitle.getStyleClass().add("subsection-title");
        VBox left = new VBox(6, plotTitle, scatter);
        VBox right = new VBox(6, residualTitle, residualPlot);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        plotTitle.setWrapText(true);
        residualTitle.setWrapText(true);
        double[] allResiduals = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            allResiduals[i] = rows.get(i).score();
        }
        residualHistogram.show(allResiduals);
        Label histogramTitle = new Label("Residual histogram: narrow and centred on zero, without a long tail");
        histogramTitle.getStyleClass().add("subsection-title");
        histogramTitle.setWrapText(true);
        VBox histogram = new VBox(6, histogramTitle, residualHistogram);
        HBox.setHgrow(histogram, Priority.ALWAYS);
        detail.getChildren().add(new HBox(16, left, right, histogram));
    }

    private static Node tile(String name, String value, String help) {
        Label valueLabel = new Label(value);
        valueLabel.getStyleClass().add("stat-value");
        valueLabel.getStyleClass().add("metric-value");
        valueLabel.setId("metric-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        Label caption = new Label(name);
        caption.getStyleClass().add("muted");
        VBox box = new VBox(2, valueLabel, caption);
        box.setPadding(new Insets(8, 14, 8, 14));
        box.setMinWidth(120);
        box.getStyleClass().add("metric-tile");
        Tooltip.install(box, new Tooltip(help));
        return box;
    }

    private void buildPredictionColumns(EvaluationResult result) {
        List<TableColumn<PredictionRow, ?>> columns = new ArrayList<>();
        columns.add(numberColumn("Row", r -> (double) r.datasetRow(), 60, false));
        for (int i = 0; i < result.inputNames().size(); i++) {
            int index = i;
            columns.add(textColumn(result.inputNames().get(i), r -> r.inputs().get(index), 110));
        }
        String target = result.model().prepared().targetName();
        if (result.isClassification()) {
            columns.add(textColumn(target, PredictionRow::actual, 90));
            columns.add(textColumn("Predicted", PredictionRow::predicted, 100));
            columns.add(textColumn("Right", r -> r.correct() ? "✓" : "✗", 60));
            for (int k = 0; k < result.classNames().size(); k++) {
                int index = k;
                columns.add(numberColumn("P(" + result.classNames().get(k) + ")", r -> r.probability(index), 80, true));
            }
        } else {
            columns.add(numberColumn(target, PredictionRow::actualValue, 90, true));
            columns.add(numberColumn("Predicted", PredictionRow::predictedValue, 100, true));
            columns.add(numberColumn("Error", PredictionRow::score, 90, true));
        }
        predictions.getColumns().setAll(columns);
    }

    private static <S> TableColumn<S, String> textColumn(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<PredictionRow, Double> numberColumn(String title, Function<PredictionRow, Double> value,
                                                                  double width, boolean decimals) {
        TableColumn<PredictionRow, Double> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : decimals ? NumberLabels.precise(item) : Long.toString(Math.round(item)));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export predictions");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        chooser.setInitialFileName("predictions.csv");
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.exportPredictions(file.toPath());
        }
    }

    /** One line of the per-class table, already formatted. */
    private record ClassRow(String name, String precision, String recall, String f1, String support) {
    }
}

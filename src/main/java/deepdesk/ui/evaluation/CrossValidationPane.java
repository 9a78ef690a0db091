package deepdesk.ui.evaluation;

import deepdesk.core.evaluation.CrossValidationResult;
import deepdesk.core.evaluation.Evaluation;
import deepdesk.ui.common.NumberLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The cross-validation tab: k, a button that starts the folds, progress with Cancel, and a table
 * of every metric's mean ± standard deviation with the value of each fold.
 *
 * <p>Threading: FX thread only.
 */
final class CrossValidationPane extends VBox {

    private static final int MAX_FOLDS = 20;

    private final TableView<MetricRow> table = new TableView<>();
    private final Label folds = new Label();

    CrossValidationPane(CrossValidationViewModel model) {
        super(10);
        setId("evaluation-cv-pane");
        setPadding(new Insets(12, 16, 12, 16));
        Label intro = new Label("k-fold cross-validation trains the current model and settings k times, each time on k − 1 folds "
                + "of the data (with the preparation fitted on those rows) and judges it on the fold left out, so every row is "
                + "held out once. The spread over the folds shows how much the test score depends on the luck of the split.");
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");
        Spinner<Integer> k = new Spinner<>(2, MAX_FOLDS, model.foldsProperty().get());
        k.setId("cv-folds");
        k.setPrefWidth(80);
        k.valueProperty().addListener((o, a, b) -> model.foldsProperty().set(b));
        k.setTooltip(new Tooltip("k, the number of folds: each trains on the other k − 1."));
        Button run = new Button("Run cross-validation");
        run.setId("cv-run");
        run.setDefaultButton(false);
        run.disableProperty().bind(model.work().runningProperty());
        run.setOnAction(e -> model.run());
        ProgressBar progress = new ProgressBar();
        progress.setId("cv-progress");
        progress.setPrefWidth(200);
        progress.progressProperty().bind(model.work().progressProperty());
        progress.visibleProperty().bind(model.work().runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cv-cancel");
        cancel.visibleProperty().bind(model.work().runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        Label message = new Label();
        message.setId("cv-message");
        message.getStyleClass().add("muted");
        message.textProperty().bind(model.work().messageProperty());
        message.visibleProperty().bind(model.work().runningProperty());
        Label status = new Label();
        status.setId("cv-status");
        status.getStyleClass().add("field-error");
        status.textProperty().bind(model.statusProperty());
        HBox bar = new HBox(10, new Label("Folds (k)"), k, run, progress, cancel, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        table.setId("cv-table");
        table.setPlaceholder(new Label("Not run yet. Cross-validation trains k models, so it takes k times as long as one run."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        folds.setId("cv-summary");
        folds.getStyleClass().add("muted");
        getChildren().addAll(intro, bar, status, folds, table);
        model.resultProperty().addListener((o, a, b) -> show(b));
        show(model.resultProperty().get());
    }

    /** One metric: its name, mean ± std, and each fold's value. */
    private record MetricRow(String metric, String summary, List<String> folds) {
    }

    private void show(CrossValidationResult result) {
        if (result == null) {
            table.getItems().clear();
            table.getColumns().clear();
            folds.setText("");
            return;
        }
        folds.setText("Rows held out per fold: " + result.heldOut().stream()
                .map(rows -> Integer.toString(rows.length)).collect(Collectors.joining(", ")));
        List<TableColumn<MetricRow, String>> columns = new ArrayList<>();
        columns.add(column("Metric", MetricRow::metric, 150));
        columns.add(column("Mean ± std", MetricRow::summary, 170));
        for (int f = 0; f < result.foldCount(); f++) {
            int fold = f;
            columns.add(column("Fold " + (f + 1), r -> r.folds().get(fold), 80));
        }
        List<MetricRow> rows = new ArrayList<>();
        for (Map.Entry<String, CrossValidationResult.MeanStd> entry : result.summary().entrySet()) {
            CrossValidationResult.MeanStd m = entry.getValue();
            List<String> perFold = new ArrayList<>();
            for (Evaluation fold : result.folds()) {
                perFold.add(NumberLabels.format(fold.headline().get(entry.getKey())));
            }
            String summary = Double.isNaN(m.mean()) ? "–" : NumberLabels.format(m.mean())
                    + (Double.isNaN(m.std()) ? "" : " ± " + NumberLabels.format(m.std()));
            rows.add(new MetricRow(displayName(entry.getKey()), summary, perFold));
        }
        table.getColumns().setAll(columns);
        table.getItems().setAll(rows);
    }

    /** A headline metric's key as the metric tiles name it. */
    private static String displayName(String key) {
        return switch (key) {
            case "accuracy" -> "Accuracy";
            case "balancedAccuracy" -> "Balanced accuracy";
            case "logLoss" -> "Log loss";
            case "macroF1" -> "Macro F1";
            case "auc" -> "AUC";
            case "mse" -> "MSE";
            case "rmse" -> "RMSE";
            case "mae" -> "MAE";
            case "r2" -> "R²";
            case "mape" -> "MAPE (fraction)";
            default -> key;
        };
    }

    private static TableColumn<MetricRow, String> column(String title,
            Function<MetricRow, String> value, double width) {
        TableColumn<MetricRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}

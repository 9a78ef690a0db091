package deepdesk.ui.evaluation;

import deepdesk.core.bundle.FileCheck;
import deepdesk.core.bundle.FilePredictionResult;
import deepdesk.ui.common.NumberLabels;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The "Predict a file" tab: a button to open a CSV file of new rows, progress with Cancel, the
 * report of how the file fits the model, the skipped rows, and the predictions table with its
 * export.
 *
 * <p>Threading: FX thread only.
 */
final class FilePredictionPane extends BorderPane {

    private static final int LISTED_SKIPS = 500;

    private final FilePredictionViewModel model;
    private final VBox report = new VBox(4);
    private final ListView<String> skipped = new ListView<>();
    private final Label skippedTitle = new Label("Skipped rows");
    private final TableView<FilePredictionResult.Row> table = new TableView<>();

    FilePredictionPane(FilePredictionViewModel model) {
        this.model = model;
        setId("evaluation-file-pane");
        Button open = new Button("Open CSV…");
        open.setId("file-open");
        open.setOnAction(e -> choose());
        Label file = new Label();
        file.setId("file-name");
        file.getStyleClass().add("muted");
        model.fileProperty().addListener((o, a, b) -> file.setText(b == null ? "" : b.getFileName().toString()));
        ProgressBar progress = new ProgressBar();
        progress.setId("file-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(model.work().progressProperty());
        progress.visibleProperty().bind(model.work().runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("file-cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.work().runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Label message = new Label();
        message.getStyleClass().add("muted");
        message.textProperty().bind(model.work().messageProperty());
        message.visibleProperty().bind(model.work().runningProperty());
        Label status = new Label();
        status.setId("file-status");
        status.getStyleClass().add("field-error");
        status.textProperty().bind(model.statusProperty());
        Button export = new Button("Export CSV…");
        export.setId("file-export");
        export.disableProperty().bind(model.resultProperty().isNull());
        export.setOnAction(e -> export());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, open, file, progress, cancel, message, status, spacer, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 8, 16));
        setTop(bar);

        Label intro = new Label("Open a CSV file with the same columns as the training data (the target column is optional). "
                + "It is checked against what the model saw in training; rows that fit are predicted, the others are listed with the reason.");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("muted");
        report.setId("file-report");
        skipped.setId("file-skipped");
        skipped.setPrefHeight(120);
        skipped.setPlaceholder(new Label("No row was skipped."));
        skippedTitle.getStyleClass().add("subsection-title");
        Label reportTitle = new Label("Report");
        reportTitle.getStyleClass().add("subsection-title");
        VBox top = new VBox(8, intro, reportTitle, report, skippedTitle, skipped);
        top.setPadding(new Insets(4, 16, 8, 16));
        table.setId("file-predictions");
        table.setPlaceholder(new Label("No predictions yet."));
        table.setItems(model.rows());
        VBox bottom = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        bottom.setPadding(new Insets(4, 16, 12, 16));
        ScrollPane topScroll = new ScrollPane(top);
        topScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(topScroll, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setCenter(split);

        model.report().addListener((ListChangeListener<String>) c -> showReport());
        model.resultProperty().addListener((o, a, b) -> show(b));
        showReport();
    }

    private void showReport() {
        report.getChildren().clear();
        if (model.report().isEmpty()) {
            Label none = new Label("No file yet.");
            none.getStyleClass().add("muted");
            report.getChildren().add(none);
            return;
        }
        for (int i = 0; i < model.report().size(); i++) {
            Label line = new Label((i == 0 ? "" : "• ") + model.report().get(i));
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.setId("file-report-" + i);
            if (i == 0) {
                line.getStyleClass().add("subsection-title");
            }
            report.getChildren().add(line);
        }
    }

    private void show(FilePredictionResult result) {
        if (result == null) {
            table.getColumns().clear();
            skipped.getItems().clear();
            skippedTitle.setText("Skipped rows");
            return;
        }
        FileCheck check = result.check();
        List<String> lines = new ArrayList<>();
        for (FileCheck.SkippedRow row : check.skipped()) {
            if (lines.size() == LISTED_SKIPS) {
                lines.add("… and " + (check.skipped().size() - LISTED_SKIPS) + " more");
                break;
            }
            lines.add("line " + row.line() + ": " + row.reasons());
        }
        skipped.getItems().setAll(lines);
        skippedTitle.setText("Skipped rows (" + check.skipped().size() + ")");
        List<TableColumn<FilePredictionResult.Row, ?>> columns = new ArrayList<>();
        columns.add(column("Line", r -> Long.toString(r.line()), 60, true));
        for (int i = 0; i < result.inputNames().size() && i < EvaluationResult.MAX_INPUT_COLUMNS; i++) {
            int index = i;
            columns.add(column(result.inputNames().get(i), r -> r.inputs().get(index), 100, false));
        }
        if (check.hasTarget()) {
            columns.add(column(result.targetName(), FilePredictionResult.Row::actual, 90, !result.isClassification()));
        }
        columns.add(column("Predicted", FilePredictionResult.Row::predicted, 100, !result.isClassification()));
        if (result.isClassification()) {
            if (check.hasTarget()) {
                columns.add(column("Right", r -> r.actual().isEmpty() ? "" : r.correct() ? "✓" : "✗", 60, false));
            }
            for (int k = 0; k < result.classNames().size(); k++) {
                int index = k;
                columns.add(column("P(" + result.classNames().get(k) + ")",
                        r -> NumberLabels.format(r.prediction().probabilities()[index]), 80, true));
            }
        } else if (check.hasTarget()) {
            columns.add(column("Error", r -> Double.isNaN(r.error()) ? "" : NumberLabels.precise(r.error()), 90, true));
        }
        table.getColumns().setAll(columns);
    }

    private static TableColumn<FilePredictionResult.Row, String> column(String title,
            Function<FilePredictionResult.Row, String> value, double width, boolean numeric) {
        TableColumn<FilePredictionResult.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        // room for the header: a column name is what tells the user which input it is
        column.setPrefWidth(Math.max(width, title.length() * 7.5 + 28));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        if (numeric) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return column;
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Predict a file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.tsv", "*.txt"));
        File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            model.predict(chosen.toPath());
        }
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export predictions");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        chooser.setInitialFileName("predictions.csv");
        File chosen = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            model.export(chosen.toPath());
        }
    }
}

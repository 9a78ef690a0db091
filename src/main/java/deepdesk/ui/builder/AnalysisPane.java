package deepdesk.ui.builder;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The analyser: a table with each layer's output shape and parameter count, the total, and the
 * warnings about the network for this data, warnings before notes.
 *
 * <p>Threading: FX thread only.
 */
final class AnalysisPane extends VBox {

    private static final double ROW_HEIGHT = 28;
    /** The column header's height in the Primer themes, plus the table's border. */
    private static final double HEADER_HEIGHT = 44;

    private final TableView<AnalysisRow> table = new TableView<>();
    private final Label total = new Label();
    private final VBox warnings = new VBox(6);

    AnalysisPane(ModelViewModel model) {
        setId("model-analysis");
        setSpacing(8);
        table.setId("model-analysis-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW_HEIGHT);
        table.getColumns().add(column("Layer", AnalysisRow::layer, 80, false));
        table.getColumns().add(column("Dense units", AnalysisRow::kind, 166, false));
        table.getColumns().add(column("Output", AnalysisRow::shape, 74, false));
        table.getColumns().add(column("Learnables", AnalysisRow::learnables, 120, false));
        table.getColumns().add(column("Parameters", r -> String.format(Locale.ROOT, "%,d", r.parameters()), 112, true));
        table.setPlaceholder(new Label("No network yet."));
        table.prefHeightProperty().bind(Bindings.size(table.getItems())
                .multiply(ROW_HEIGHT).add(HEADER_HEIGHT));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.setMaxHeight(Region.USE_PREF_SIZE);
        total.setId("model-total-parameters");
        total.getStyleClass().add("subsection-title");
        Label note = new Label("N is the number of rows in a batch.");
        note.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, total, spacer, note);
        footer.setAlignment(Pos.BASELINE_LEFT);
        warnings.setId("model-warnings");
        getChildren().addAll(LayerStackPane.sectionTitle("Analysis"), table, footer, warnings);
        model.analysisProperty().addListener((obs, old, now) -> show(now));
        show(model.analysisProperty().get());
    }

    private void show(NetworkAnalysis analysis) {
        if (analysis == null) {
            table.getItems().clear();
            total.setText("");
            warnings.getChildren().clear();
            return;
        }
        table.getItems().setAll(analysis.rows());
        total.setText(String.format(Locale.ROOT, "Total: %,d parameters", analysis.totalParameters()));
        warnings.getChildren().clear();
        if (analysis.warnings().isEmpty()) {
            Label fine = new Label("No warnings: the network fits the data.");
            fine.getStyleClass().addAll("analysis-remark", "analysis-ok");
            warnings.getChildren().add(fine);
        }
        for (AnalysisWarning warning : analysis.warnings()) {
            boolean serious = warning.severity() == AnalysisWarning.Severity.WARNING;
            Label text = new Label((serious ? "Warning: " : "Note: ") + warning.text());
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.setMaxWidth(Double.MAX_VALUE);
            text.getStyleClass().addAll("analysis-remark", serious ? "analysis-warning" : "analysis-note");
            warnings.getChildren().add(text);
        }
    }

    private static TableColumn<AnalysisRow, String> column(String title, Function<AnalysisRow, String> value,
                                                          double width, boolean numeric) {
        TableColumn<AnalysisRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 74));
        column.setSortable(false);
        column.setReorderable(false);
        if (numeric) {
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setAlignment(Pos.CENTER_RIGHT);
                }
            });
        }
        return column;
    }
}

package deepdesk.ui.dataset;

import deepdesk.core.common.SettingDocs;
import deepdesk.core.data.CsvDialect;
import deepdesk.core.data.CsvPreview;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Optional;

/**
 * The import dialog: the sniffed dialect as editable controls and a live preview of the first
 * rows; problems shown as a sentence naming the line. Returns the dialect to import with.
 *
 * <p>Threading: FX thread only.
 */
final class ImportDialog {

    private ImportDialog() {
    }

    /** Shows the dialog and waits; the dialect chosen, or empty when cancelled. */
    static Optional<CsvDialect> ask(ImportDialogModel model, Window owner) {
        Dialog<CsvDialect> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Import CSV");
        dialog.setHeaderText("Import " + model.file().getFileName());
        dialog.setResizable(true);

        ComboBox<Character> delimiter = new ComboBox<>(FXCollections.observableArrayList(',', ';', '\t', '|'));
        delimiter.setId("import-delimiter");
        delimiter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Character c) {
                if (c == null) {
                    return "";
                }
                return switch (c) {
                    case ',' -> "Comma  ,";
                    case ';' -> "Semicolon  ;";
                    case '\t' -> "Tab";
                    case '|' -> "Vertical bar  |";
                    default -> String.valueOf(c);
                };
            }

            @Override
            public Character fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        });
        delimiter.valueProperty().bindBidirectional(model.delimiterProperty());
        tip(delimiter, "delimiter");
        CheckBox header = new CheckBox("First row holds the column names");
        header.setId("import-header");
        header.setMinWidth(Region.USE_PREF_SIZE);
        header.selectedProperty().bindBidirectional(model.headerProperty());
        tip(header, "hasHeader");
        CheckBox decimalComma = new CheckBox("Decimal comma (3,14)");
        decimalComma.setId("import-decimal-comma");
        decimalComma.setMinWidth(Region.USE_PREF_SIZE);
        decimalComma.selectedProperty().bindBidirectional(model.decimalCommaProperty());
        tip(decimalComma, "decimalComma");
        TextField quote = new TextField();
        quote.setId("import-quote");
        quote.setPrefColumnCount(2);
        quote.textProperty().bindBidirectional(model.quoteProperty());
        tip(quote, "quote");
        TextField missing = new TextField();
        missing.setId("import-missing");
        missing.setPrefColumnCount(22);
        missing.textProperty().bindBidirectional(model.missingMarkersProperty());
        tip(missing, "missingMarkers");

        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(8);
        fields.addRow(0, fieldLabel("Delimiter", delimiter), delimiter, fieldLabel("Quote", quote), quote);
        fields.add(header, 1, 1);
        fields.add(decimalComma, 3, 1);
        fields.addRow(2, fieldLabel("Missing values", missing), missing);
        GridPane.setColumnSpan(missing, 3);
        Label missingHint = new Label("Empty cells are always missing; list other markers separated by commas.");
        missingHint.getStyleClass().add("muted");
        fields.add(missingHint, 1, 3, 3, 1);

        Label problem = new Label();
        problem.setId("import-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());

        TableView<List<String>> table = new TableView<>();
        table.setId("import-preview");
        table.setPlaceholder(new Label("Reading the first rows…"));
        table.setPrefSize(760, 320);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        model.previewProperty().addListener((obs, old, now) -> showPreview(table, now));
        showPreview(table, model.previewProperty().get());
        Label previewTitle = new Label("Preview of the first " + ImportDialogModel.PREVIEW_ROWS + " rows");
        previewTitle.getStyleClass().add("subsection-title");

        VBox.setVgrow(table, Priority.ALWAYS);
        VBox body = new VBox(10, fields, problem, previewTitle, table);
        body.setPadding(new Insets(8, 12, 4, 12));
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().setPrefSize(880, 620);
        dialog.getDialogPane().setMinSize(840, 560);
        ButtonType importButton = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(importButton).setId("import-confirm");
        dialog.getDialogPane().lookupButton(importButton).disableProperty()
                .bind(model.dialectProperty().isNull().or(model.previewProperty().isNull()));
        dialog.setResultConverter(button -> button == importButton ? model.dialectProperty().get() : null);
        return dialog.showAndWait();
    }

    private static Label fieldLabel(String text, Control field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static void showPreview(TableView<List<String>> table, CsvPreview preview) {
        table.getColumns().clear();
        if (preview == null) {
            table.getItems().clear();
            return;
        }
        for (int i = 0; i < preview.header().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(preview.header().get(i));
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                    index < c.getValue().size() ? c.getValue().get(index) : ""));
            column.setSortable(false);
            column.setPrefWidth(110);
            table.getColumns().add(column);
        }
        table.setItems(FXCollections.observableArrayList(preview.rows()));
    }

    private static void tip(Control control, String component) {
        String text = SettingDocs.describe(CsvDialect.class, component);
        if (!text.isBlank()) {
            Tooltip tooltip = new Tooltip(text);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(340);
            control.setTooltip(tooltip);
        }
    }
}

package deepdesk.ui.dataset;

import deepdesk.core.data.Column;
import deepdesk.core.data.Dataset;
import deepdesk.core.data.NumericColumn;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.List;

/**
 * A virtualised table of a dataset's rows: the items are row indices and each cell reads its
 * value from the column, so only the visible rows ever exist as nodes or strings. Missing cells
 * show a marked "NA".
 *
 * <p>Threading: FX thread only.
 */
final class RowTable extends TableView<Integer> {

    RowTable() {
        setId("row-table");
        getStyleClass().add("row-table");
        setPlaceholder(new Label("No rows"));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setFixedCellSize(26);
    }

    /** Shows {@code dataset}, or nothing when it is {@code null}. */
    void show(Dataset dataset) {
        getColumns().clear();
        if (dataset == null) {
            setItems(FXCollections.observableArrayList());
            return;
        }
        List<TableColumn<Integer, ?>> columns = new ArrayList<>();
        TableColumn<Integer, Integer> number = new TableColumn<>("#");
        number.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() + 1));
        number.getStyleClass().add("row-number-column");
        number.setSortable(false);
        number.setReorderable(false);
        number.setPrefWidth(Math.max(48, 9 * String.valueOf(dataset.rowCount()).length() + 20));
        columns.add(number);
        for (Column column : dataset.columns()) {
            columns.add(columnFor(column));
        }
        getColumns().setAll(columns);
        setItems(new RowIndexList(dataset.rowCount()));
    }

    private static TableColumn<Integer, String> columnFor(Column column) {
        TableColumn<Integer, String> tableColumn = new TableColumn<>(column.name());
        // decision: a missing cell's value is null, which the cell draws as a marked "NA";
        // present values are formatted by the column itself.
        tableColumn.setCellValueFactory(cell -> {
            int row = cell.getValue();
            return new ReadOnlyObjectWrapper<>(column.isMissing(row) ? null : column.format(row));
        });
        boolean numeric = column instanceof NumericColumn;
        tableColumn.setCellFactory(c -> new ValueCell(numeric));
        tableColumn.setSortable(false);
        tableColumn.setPrefWidth(widthFor(column));
        return tableColumn;
    }

    /** A width that fits the header and the first rows' values, within reason. */
    private static double widthFor(Column column) {
        int chars = column.name().length() + 2;
        int sample = Math.min(column.size(), 200);
        for (int row = 0; row < sample; row++) {
            chars = Math.max(chars, column.format(row).length());
        }
        return Math.max(70, Math.min(260, chars * 8 + 24));
    }

    /** A cell that marks a missing value and right-aligns numbers. */
    private static final class ValueCell extends TableCell<Integer, String> {

        ValueCell(boolean numeric) {
            if (numeric) {
                getStyleClass().add("numeric-cell");
            }
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("missing-cell");
            if (empty) {
                setText(null);
            } else if (item == null) {
                setText("NA");
                getStyleClass().add("missing-cell");
            } else {
                setText(item);
            }
        }
    }
}

package org.marketingworkbench.ui.table;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A read-only table view straight over a Tablesaw table: cells read the columns on demand, so
 * only the visible rows cost anything. Row order (sorting, filtering) is an index array
 * computed in the background by the page's view-model.
 */
public final class TablesawTableView extends TableView<Integer> {
    private Table table;
    private RowIndexList rows = new RowIndexList(0);

    public TablesawTableView() {
        setItems(rows);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        getStyleClass().addAll("tablesaw-table", "dense", "striped");
    }

    /** Shows {@code newTable} in its own row order. */
    public void setTable(Table newTable) {
        table = newTable;
        getColumns().clear();
        rows = new RowIndexList(newTable == null ? 0 : newTable.rowCount());
        setItems(rows);
        if (newTable == null) {
            return;
        }
        TableColumn<Integer, String> rowNumber = new TableColumn<>("#");
        rowNumber.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(Integer.toString(cell.getValue() + 1)));
        rowNumber.setSortable(false);
        rowNumber.getStyleClass().add("row-number");
        rowNumber.setPrefWidth(Math.max(48, 9 * Integer.toString(newTable.rowCount()).length() + 16));
        getColumns().add(rowNumber);
        for (Column<?> column : newTable.columns()) {
            getColumns().add(columnFor(column));
        }
    }

    public Table table() {
        return table;
    }

    /** Shows only these table rows in this order (null: all rows in table order). */
    public void setRowOrder(int[] order) {
        rows.setOrder(order, table == null ? 0 : table.rowCount());
    }

    private static TableColumn<Integer, String> columnFor(Column<?> column) {
        TableColumn<Integer, String> view = new TableColumn<>(column.name());
        view.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(CellFormat.text(column, cell.getValue())));
        view.setSortable(false);
        view.setPrefWidth(Math.min(260, Math.max(80, 9 * column.name().length() + 24)));
        return view;
    }
}

package org.marketingworkbench.ui.data;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.table.TablesawTableView;
import tech.tablesaw.api.Table;

/**
 * The rows of the selected file over its Tablesaw columns, with the quick filter; a click on a
 * column header sorts (the view-model computes the order) and inspects that column.
 */
final class RowsPane extends VBox {
    private final RowsViewModel model;
    private final ColumnInspectorViewModel inspector;
    private final TablesawTableView rows = new TablesawTableView();
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final ChangeListener<Table> tableListener = (obs, old, table) -> showTable(table);
    /** True while columns are rebuilt: the cleared sort order then is not the user's. */
    private boolean rebuilding;
    private final ChangeListener<int[]> orderListener = (obs, old, order) -> rows.setRowOrder(order);

    RowsPane(RowsViewModel model, ColumnInspectorViewModel inspector) {
        super(6);
        this.model = model;
        this.inspector = inspector;
        filter.setId("data-filter");
        filter.setPromptText(Messages.get("data.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(16, 16);
        working.visibleProperty().bind(model.workingProperty());
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(Bindings.createStringBinding(this::countText, model.shownRowsProperty(),
                model.tableProperty()));
        HBox bar = new HBox(8, new FontIcon(Feather.SEARCH), filter, working, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        rows.setId("data-rows");
        rows.setPlaceholder(new Label(Messages.get("data.noSource")));
        rows.setSortPolicy(table -> {
            forwardSort();
            return true;
        });
        rows.getSortOrder().addListener((ListChangeListener<TableColumn<Integer, ?>>) change -> forwardSort());
        rows.getSelectionModel().setCellSelectionEnabled(true);
        rows.getFocusModel().focusedCellProperty().addListener((obs, old, cell) -> {
            if (cell != null && cell.getTableColumn() != null && cell.getColumn() > 0) {
                inspector.columnProperty().set(columnName(cell.getTableColumn()));
            }
        });
        VBox.setVgrow(rows, Priority.ALWAYS);
        getChildren().addAll(bar, rows);
        model.tableProperty().addListener(tableListener);
        model.orderProperty().addListener(orderListener);
        showTable(model.tableProperty().get());
    }

    /** Ctrl+F: the filter takes the keyboard. */
    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    void dispose() {
        filter.textProperty().unbindBidirectional(model.filterProperty());
        model.tableProperty().removeListener(tableListener);
        model.orderProperty().removeListener(orderListener);
        count.textProperty().unbind();
    }

    private void showTable(Table table) {
        rebuilding = true;
        rows.setTable(table);
        rows.getColumns().stream().skip(1).forEach(column -> {
            column.setSortable(true);
            String name = columnName(column);
            if (name.equals(model.sortColumnProperty().get())) {
                column.setSortType(model.ascendingProperty().get() ? TableColumn.SortType.ASCENDING
                        : TableColumn.SortType.DESCENDING);
                rows.getSortOrder().setAll(java.util.List.of(column));
            }
            column.sortTypeProperty().addListener((obs, old, type) -> forwardSort());
        });
        rebuilding = false;
        rows.setRowOrder(model.orderProperty().get());
    }

    private void forwardSort() {
        if (rebuilding) {
            return;
        }
        if (rows.getSortOrder().isEmpty()) {
            model.sort(null, true);
            return;
        }
        TableColumn<Integer, ?> column = rows.getSortOrder().get(0);
        model.sort(columnName(column), column.getSortType() == TableColumn.SortType.ASCENDING);
    }

    /** The Tablesaw column a view column shows (view column 0 is the row number). */
    private String columnName(TableColumn<Integer, ?> column) {
        Table table = rows.table();
        int index = rows.getColumns().indexOf(column) - 1;
        return table == null || index < 0 ? null : table.column(index).name();
    }

    private String countText() {
        Table table = model.tableProperty().get();
        if (table == null) {
            return "";
        }
        int shown = model.shownRowsProperty().get();
        return shown == table.rowCount() ? Messages.get("data.rows.all", table.rowCount(), table.columnCount())
                : Messages.get("data.rows.filtered", shown, table.rowCount());
    }
}

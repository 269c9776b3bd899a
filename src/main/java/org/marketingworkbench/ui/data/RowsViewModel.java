package org.marketingworkbench.ui.data;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.marketingworkbench.data.RowOrder;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.task.TaskHandle;
import tech.tablesaw.api.Table;

/**
 * The rows the Data page's table shows: the quick filter and the sort column. Both run in the
 * background (a million rows take a moment); a newer request cancels the one still running.
 */
public final class RowsViewModel {
    private final TaskExecutor executor;
    private final ObjectProperty<Table> table = new SimpleObjectProperty<>(this, "table");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper sortColumn = new ReadOnlyStringWrapper(this, "sortColumn");
    private final ReadOnlyBooleanWrapper ascending = new ReadOnlyBooleanWrapper(this, "ascending", true);
    private final ReadOnlyObjectWrapper<int[]> order = new ReadOnlyObjectWrapper<>(this, "order");
    private final ReadOnlyIntegerWrapper shownRows = new ReadOnlyIntegerWrapper(this, "shownRows");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private TaskHandle running;
    /** Counts requests, so a late callback of a replaced request changes nothing. */
    private int request;

    public RowsViewModel(TaskExecutor executor) {
        this.executor = executor;
        table.addListener((obs, old, value) -> {
            if (value == null || sortColumn.get() != null && !value.containsColumn(sortColumn.get())) {
                sortColumn.set(null);
            }
            update();
        });
        filter.addListener((obs, old, value) -> update());
    }

    /** The table shown; a new table keeps the filter and (when the column is still there) the sort. */
    public ObjectProperty<Table> tableProperty() {
        return table;
    }

    /** Text that some cell of a shown row contains (ignoring case); empty shows every row. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The column the rows are sorted by, or null for the file's order. */
    public ReadOnlyStringProperty sortColumnProperty() {
        return sortColumn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ascendingProperty() {
        return ascending.getReadOnlyProperty();
    }

    /** The table rows to show, in order; null shows every row in the file's order. */
    public ReadOnlyObjectProperty<int[]> orderProperty() {
        return order.getReadOnlyProperty();
    }

    /** How many rows pass the filter. */
    public ReadOnlyIntegerProperty shownRowsProperty() {
        return shownRows.getReadOnlyProperty();
    }

    /** True while filtering or sorting runs. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** Sorts by {@code column} (null: the file's order); asking again for the same order does nothing. */
    public void sort(String column, boolean ascendingOrder) {
        if (java.util.Objects.equals(column, sortColumn.get()) && (column == null || ascendingOrder == ascending.get())) {
            return;
        }
        sortColumn.set(column);
        ascending.set(ascendingOrder);
        update();
    }

    private void update() {
        int current = ++request;
        if (running != null) {
            running.cancel();
            running = null;
        }
        Table shown = table.get();
        if (shown == null) {
            order.set(null);
            shownRows.set(0);
            working.set(false);
            return;
        }
        String text = filter.get();
        String column = sortColumn.get();
        boolean up = ascending.get();
        if ((text == null || text.isBlank()) && column == null) {
            order.set(null);
            shownRows.set(shown.rowCount());
            working.set(false);
            return;
        }
        working.set(true);
        String title = Messages.get(column == null ? "data.task.filter" : "data.task.sort", shown.name());
        running = executor.execute(BackgroundTask.of(title, progress -> {
            int[] rows = RowOrder.filter(shown, text, progress.slice(0, column == null ? 1 : 0.6));
            return column == null ? rows : RowOrder.sort(shown, rows, column, up, progress.slice(0.6, 1));
        }).onSuccess(rows -> {
            if (current == request) {
                order.set(rows);
                shownRows.set(rows == null ? shown.rowCount() : rows.length);
            }
        }).onFinished(() -> {
            if (current == request) {
                working.set(false);
            }
        }));
    }
}

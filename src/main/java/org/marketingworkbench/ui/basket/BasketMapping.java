package org.marketingworkbench.ui.basket;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.basket.BasketInput;
import org.marketingworkbench.basket.ItemMapping;
import org.marketingworkbench.basket.OrderColumns;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.ui.workspace.InputTable;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * How the chosen table holds its baskets, editable by the user and guessed when the table
 * changes: order lines (basket, item and customer columns), one basket per row (with a
 * separator inside cells), or a 0/1 matrix; and an optional item to category table.
 */
public final class BasketMapping {
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObjectProperty<BasketInput.Kind> kind = new SimpleObjectProperty<>(this, "kind", BasketInput.Kind.ORDER_LINES);
    private final StringProperty basket = new SimpleStringProperty(this, "basket", "");
    private final StringProperty item = new SimpleStringProperty(this, "item", "");
    private final StringProperty customer = new SimpleStringProperty(this, "customer", "");
    private final StringProperty separator = new SimpleStringProperty(this, "separator", "");
    private final ObjectProperty<InputTable> categorySource = new SimpleObjectProperty<>(this, "categorySource");
    private final ObservableList<String> categoryColumns = FXCollections.observableArrayList();
    private final StringProperty categoryFrom = new SimpleStringProperty(this, "categoryFrom", "");
    private final StringProperty categoryTo = new SimpleStringProperty(this, "categoryTo", "");
    private boolean guessing;

    BasketMapping() {
        categorySource.addListener((obs, old, source) -> categoryColumns.setAll(
                source == null ? List.of() : source.table().columnNames()));
    }

    /** The column names of the input table (the choices). */
    public ObservableList<String> choices() {
        return columns;
    }

    public ObjectProperty<BasketInput.Kind> kindProperty() {
        return kind;
    }

    public StringProperty basketProperty() {
        return basket;
    }

    public StringProperty itemProperty() {
        return item;
    }

    /** The customer column, empty when unknown (then there are no cross-sell lists). */
    public StringProperty customerProperty() {
        return customer;
    }

    /** The text between items inside one cell of a basket-per-row table; empty: one item per cell. */
    public StringProperty separatorProperty() {
        return separator;
    }

    /** The table that maps items to categories (may be the input itself), or null for none. */
    public ObjectProperty<InputTable> categorySourceProperty() {
        return categorySource;
    }

    public ObservableList<String> categoryColumns() {
        return categoryColumns;
    }

    public StringProperty categoryFromProperty() {
        return categoryFrom;
    }

    public StringProperty categoryToProperty() {
        return categoryTo;
    }

    /** Calls {@code listener} after each change the user makes (not while guessing). */
    void addListener(Runnable listener) {
        watch(kind, listener);
        watch(categorySource, listener);
        List.of(basket, item, customer, separator, categoryFrom, categoryTo).forEach(text -> watch(text, listener));
    }

    private <T> void watch(javafx.beans.value.ObservableValue<T> value, Runnable listener) {
        value.addListener((obs, old, now) -> {
            if (!guessing) {
                listener.run();
            }
        });
    }

    /** The layout as the analysis reads it. */
    public BasketInput input() {
        return switch (kind.get()) {
            case ORDER_LINES -> BasketInput.orderLines(new OrderColumns(nonNull(basket.get()), nonNull(item.get()),
                    blankToNull(customer.get()), null));
            case BASKET_ROWS -> BasketInput.basketRows(List.of(), separator.get());
            case ITEM_MATRIX -> BasketInput.itemMatrix(List.of());
        };
    }

    /** Item to category, or an empty map when no mapping table is chosen. */
    public Map<String, String> categories() {
        InputTable source = categorySource.get();
        if (source == null || blankToNull(categoryFrom.get()) == null || blankToNull(categoryTo.get()) == null) {
            return Map.of();
        }
        return ItemMapping.of(source.table(), categoryFrom.get(), categoryTo.get());
    }

    /** Takes a saved layout as one change (the caller reruns). */
    void apply(BasketInput saved, InputTable source, String from, String to) {
        guessing = true;
        try {
            kind.set(saved.kind());
            if (saved.orders() != null) {
                basket.set(saved.orders().basket());
                item.set(saved.orders().item());
                customer.set(saved.orders().customer() == null ? "" : saved.orders().customer());
            }
            separator.set(saved.separator());
            categorySource.set(source);
            categoryFrom.set(from == null ? "" : from);
            categoryTo.set(to == null ? "" : to);
        } finally {
            guessing = false;
        }
    }

    void guess(InputTable table) {
        guessing = true;
        try {
            columns.setAll(table == null ? List.of() : table.table().columnNames());
            categorySource.set(null);
            categoryFrom.set("");
            categoryTo.set("");
            OrderColumns orders = table == null ? null : guessOrders(table);
            basket.set(orders == null ? "" : orders.basket());
            item.set(orders == null ? "" : orders.item());
            customer.set(orders == null || orders.customer() == null ? "" : orders.customer());
            separator.set("");
            kind.set(orders != null || table == null ? BasketInput.Kind.ORDER_LINES
                    : BasketInput.looksLikeBasketRows(columns) || !mostlyNumbers(table.table())
                            ? BasketInput.Kind.BASKET_ROWS : BasketInput.Kind.ITEM_MATRIX);
        } finally {
            guessing = false;
        }
    }

    /** The order-line columns of a table from its roles and names, or null when it does not look like order lines. */
    static OrderColumns guessOrders(InputTable table) {
        return BasketInput.guessOrders(table.table().columnNames(), withRole(table, ColumnRole.BASKET),
                withRole(table, ColumnRole.ITEM));
    }

    private static String withRole(InputTable table, ColumnRole role) {
        return table.roles().entrySet().stream().filter(entry -> entry.getValue() == role).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static boolean mostlyNumbers(Table table) {
        long numbers = table.columns().stream()
                .filter(column -> column instanceof NumericColumn<?> || column instanceof BooleanColumn).count();
        return numbers * 2 > table.columnCount();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

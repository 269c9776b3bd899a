package org.marketingworkbench.basket;

import java.util.LinkedHashMap;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds baskets from order lines: one row per product bought, rows sharing an order id
 * form one basket. Rows without an order id or item are skipped; with a quantity column,
 * an item counts only when its quantities in the basket add up to more than zero, so
 * returned lines (negative quantities) are not purchases.
 */
public final class OrderLines {
    private static final int ROWS_PER_CHECK = 50_000;

    private OrderLines() {
    }

    public static Transactions read(Table table, OrderColumns columns, Progress progress) {
        Column<?> basket = column(table, columns.basket());
        Column<?> item = column(table, columns.item());
        Column<?> customer = columns.customer() == null ? null : column(table, columns.customer());
        NumericColumn<?> quantity = columns.quantity() == null ? null : numeric(table, columns.quantity());
        TransactionsBuilder builder = new TransactionsBuilder(customer != null);
        Map<String, Order> orders = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            if (row % ROWS_PER_CHECK == 0) {
                progress.checkCancelled();
                progress.update(row, table.rowCount(), Messages.get("basket.progress.reading", table.name()));
            }
            if (basket.isMissing(row) || item.isMissing(row)) {
                continue;
            }
            Order order = orders.computeIfAbsent(basket.getString(row), key -> new Order());
            if (order.customer == null && customer != null && !customer.isMissing(row)) {
                order.customer = customer.getString(row);
            }
            double amount = quantity == null || quantity.isMissing(row) ? 1 : quantity.getDouble(row);
            order.quantities.merge(builder.id(item.getString(row)), amount, Double::sum);
        }
        int[] ids = new int[16];
        for (Order order : orders.values()) {
            int size = 0;
            for (Map.Entry<Integer, Double> line : order.quantities.entrySet()) {
                if (line.getValue() > 0) {
                    if (size == ids.length) {
                        ids = java.util.Arrays.copyOf(ids, size * 2);
                    }
                    ids[size++] = line.getKey();
                }
            }
            builder.addIds(ids, size, order.customer);
        }
        return builder.build();
    }

    static Column<?> column(Table table, String name) {
        if (!table.containsColumn(name)) {
            throw new BadInputException("cli.error.missingColumn", name, String.join(", ", table.columnNames()));
        }
        return table.column(name);
    }

    private static NumericColumn<?> numeric(Table table, String name) {
        if (!(column(table, name) instanceof NumericColumn<?> numbers)) {
            throw new BadInputException("basket.error.quantityNotNumber", name);
        }
        return numbers;
    }

    /** The lines of one order as item id to net quantity, in order of first sight. */
    private static final class Order {
        final Map<Integer, Double> quantities = new LinkedHashMap<>();
        String customer;
    }
}

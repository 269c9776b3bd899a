package org.marketingworkbench.basket;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds baskets from a table with one basket per row: every filled cell of the chosen columns
 * is an item (a ragged file such as Groceries loads as columns 0, 1, 2...), and with a
 * separator a cell holding several items ("milk;bread") is split. Items are trimmed.
 */
public final class BasketRows {
    private static final int ROWS_PER_CHECK = 10_000;

    private BasketRows() {
    }

    /**
     * @param columns   the columns holding items; empty means every column
     * @param separator the text between items inside one cell, or empty for one item per cell
     */
    public static Transactions read(Table table, List<String> columns, String separator, Progress progress) {
        List<Column<?>> used = new ArrayList<>();
        for (String name : columns.isEmpty() ? table.columnNames() : columns) {
            used.add(OrderLines.column(table, name));
        }
        if (used.isEmpty()) {
            throw new BadInputException("basket.error.noBaskets");
        }
        TransactionsBuilder builder = new TransactionsBuilder(false);
        List<String> items = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            if (row % ROWS_PER_CHECK == 0) {
                progress.checkCancelled();
                progress.update(row, table.rowCount(), Messages.get("basket.progress.reading", table.name()));
            }
            items.clear();
            for (Column<?> column : used) {
                if (column.isMissing(row)) {
                    continue;
                }
                String cell = column.getString(row);
                if (separator == null || separator.isEmpty()) {
                    addTrimmed(cell, items);
                } else {
                    BasketFile.split(cell, separator, parts);
                    parts.forEach(part -> addTrimmed(part, items));
                }
            }
            if (!items.isEmpty()) {
                builder.add(items, null);
            }
        }
        return builder.build();
    }

    private static void addTrimmed(String text, List<String> into) {
        String item = text.strip();
        if (!item.isEmpty()) {
            into.add(item);
        }
    }
}

package org.marketingworkbench.basket;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds baskets from a 0/1 item matrix: one row per basket, one column per item, a value
 * above zero (or true) meaning the basket holds the item. Missing cells count as 0.
 */
public final class ItemMatrix {
    private static final int ROWS_PER_CHECK = 10_000;

    private ItemMatrix() {
    }

    /** Every numeric or true/false column is an item. */
    public static Transactions read(Table table, Progress progress) {
        List<String> itemColumns = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            if (column instanceof NumericColumn<?> || column instanceof BooleanColumn) {
                itemColumns.add(column.name());
            }
        }
        return read(table, itemColumns, progress);
    }

    /** The named columns are the items; each must hold numbers or true/false. */
    public static Transactions read(Table table, List<String> itemColumns, Progress progress) {
        if (itemColumns.isEmpty()) {
            throw new BadInputException("basket.error.noItemColumns");
        }
        List<Column<?>> columns = new ArrayList<>();
        for (String name : itemColumns) {
            Column<?> column = OrderLines.column(table, name);
            if (!(column instanceof NumericColumn<?> || column instanceof BooleanColumn)) {
                throw new BadInputException("basket.error.matrixNotNumber", name);
            }
            columns.add(column);
        }
        TransactionsBuilder builder = new TransactionsBuilder(false);
        int[] ids = itemColumns.stream().mapToInt(builder::id).toArray();
        int[] basket = new int[ids.length];
        for (int row = 0; row < table.rowCount(); row++) {
            if (row % ROWS_PER_CHECK == 0) {
                progress.checkCancelled();
                progress.update(row, table.rowCount(), Messages.get("basket.progress.reading", table.name()));
            }
            int size = 0;
            for (int c = 0; c < ids.length; c++) {
                if (holds(columns.get(c), row)) {
                    basket[size++] = ids[c];
                }
            }
            builder.addIds(basket, size, null);
        }
        return builder.build();
    }

    private static boolean holds(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return false;
        }
        if (column instanceof BooleanColumn flags) {
            return flags.get(row);
        }
        return ((NumericColumn<?>) column).getDouble(row) > 0;
    }
}

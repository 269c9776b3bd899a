package org.marketingworkbench.basket;

import java.util.LinkedHashMap;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Maps items up a level (product to category, say) from two columns of a table. */
public final class ItemMapping {

    private ItemMapping() {
    }

    /**
     * Item to group from {@code fromColumn} and {@code toColumn}; rows with a missing cell are
     * skipped, and an item listed twice with different groups is refused.
     */
    public static Map<String, String> of(Table table, String fromColumn, String toColumn) {
        Column<?> from = OrderLines.column(table, fromColumn);
        Column<?> to = OrderLines.column(table, toColumn);
        Map<String, String> mapping = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            if (from.isMissing(row) || to.isMissing(row)) {
                continue;
            }
            String item = from.getString(row);
            String group = to.getString(row);
            String earlier = mapping.putIfAbsent(item, group);
            if (earlier != null && !earlier.equals(group)) {
                throw new BadInputException("basket.error.mappingConflict", item, earlier, group);
            }
        }
        return java.util.Collections.unmodifiableMap(mapping);
    }
}

package org.marketingworkbench.segment;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Finds the numeric columns that hold money (spend, revenue, sales, amount, monetary, 金额, 消费),
 * by the same words the segment descriptions use, so revenue share can be offered by default.
 */
public final class MoneyColumns {

    private MoneyColumns() {
    }

    /** The numeric columns named like money amounts, in table order. */
    public static List<String> of(Table table) {
        List<String> money = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            if (column instanceof NumericColumn<?> && SegmentDescriber.term(column.name())
                    .filter("monetary"::equals).isPresent()) {
                money.add(column.name());
            }
        }
        return money;
    }
}

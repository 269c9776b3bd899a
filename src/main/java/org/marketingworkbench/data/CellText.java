package org.marketingworkbench.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * The cells of a column as plain text the value parsers read back: whole numbers without
 * grouping, decimals without exponent or trailing zeros, ISO dates, true/false. Missing cells
 * are null.
 */
final class CellText {

    private CellText() {
    }

    static List<String> of(Column<?> column) {
        List<String> cells = new ArrayList<>(column.size());
        for (int row = 0; row < column.size(); row++) {
            cells.add(column.isMissing(row) ? null : text(column, row));
        }
        return cells;
    }

    private static String text(Column<?> column, int row) {
        if (column instanceof StringColumn strings) {
            return strings.get(row);
        }
        if (column instanceof IntColumn ints) {
            return Integer.toString(ints.getInt(row));
        }
        if (column instanceof LongColumn longs) {
            return Long.toString(longs.getLong(row));
        }
        if (column instanceof DoubleColumn doubles) {
            return BigDecimal.valueOf(doubles.getDouble(row)).stripTrailingZeros().toPlainString();
        }
        if (column instanceof BooleanColumn booleans) {
            return Boolean.toString(booleans.get(row));
        }
        // dates and date-times print as ISO text, which the date parser reads back
        return String.valueOf(column.get(row));
    }
}

package org.marketingworkbench.report.html;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * How a table cell reads in the report: decimals with at most four places and thousands
 * separators, whole numbers as they are (they are often identifiers), missing values empty.
 * The exported CSV keeps full precision.
 */
final class CellText {
    private final DecimalFormat decimals = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));

    String format(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (column instanceof NumericColumn<?> numbers && isDecimal(column.type())) {
            double value = numbers.getDouble(row);
            return Double.isFinite(value) ? decimals.format(value) : "";
        }
        return column.getString(row);
    }

    static boolean isNumeric(Column<?> column) {
        return column instanceof NumericColumn<?>;
    }

    private static boolean isDecimal(ColumnType type) {
        return type == ColumnType.DOUBLE || type == ColumnType.FLOAT;
    }
}

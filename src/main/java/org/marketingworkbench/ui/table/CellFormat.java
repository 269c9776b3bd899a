package org.marketingworkbench.ui.table;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.Column;

/** How a table cell reads on screen. */
final class CellFormat {

    private CellFormat() {
    }

    /**
     * Decimals with at most six places, so that sums such as 9915.599999999999 read 9915.6 (exports
     * keep every digit); everything else as Tablesaw writes it.
     */
    static String text(Column<?> column, int row) {
        if (column instanceof DoubleColumn decimals && !decimals.isMissing(row)) {
            return new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT))
                    .format(decimals.getDouble(row));
        }
        return column.getString(row);
    }
}

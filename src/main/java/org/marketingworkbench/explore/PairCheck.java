package org.marketingworkbench.explore;

import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Columns;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The quick pair check of two 0/1 (or yes/no) columns: support, confidence and lift of "A and B". */
public final class PairCheck {

    private PairCheck() {
    }

    /** The rule "first and second" over the rows where both are present. */
    public static PairRule of(Table table, String first, String second) {
        byte[] a = flags(Columns.require(table, first));
        byte[] b = flags(Columns.require(table, second));
        long rows = 0;
        long firstCount = 0;
        long secondCount = 0;
        long both = 0;
        for (int row = 0; row < a.length; row++) {
            if (a[row] < 0 || b[row] < 0) {
                continue;
            }
            rows++;
            firstCount += a[row];
            secondCount += b[row];
            both += a[row] & b[row];
        }
        if (rows == 0) {
            throw new BadInputException("explore.error.noCommonRows", first, second);
        }
        double support = (double) both / rows;
        double confidence = firstCount == 0 ? Double.NaN : (double) both / firstCount;
        double lift = secondCount == 0 ? Double.NaN : confidence / ((double) secondCount / rows);
        return new PairRule(first, second, rows, firstCount, secondCount, both, support, confidence, lift);
    }

    /** 1, 0 or -1 (missing) per row; any other value is bad input. */
    private static byte[] flags(Column<?> column) {
        byte[] flags = new byte[column.size()];
        for (int row = 0; row < flags.length; row++) {
            if (column.isMissing(row)) {
                flags[row] = -1;
            } else if (column instanceof BooleanColumn booleans) {
                flags[row] = booleans.get(row) ? (byte) 1 : 0;
            } else if (column instanceof NumericColumn<?> numbers && (numbers.getDouble(row) == 0
                    || numbers.getDouble(row) == 1)) {
                flags[row] = (byte) numbers.getDouble(row);
            } else {
                throw new BadInputException("explore.error.notBinary", column.name(), column.getString(row));
            }
        }
        return flags;
    }
}

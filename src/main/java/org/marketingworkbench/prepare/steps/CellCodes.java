package org.marketingworkbench.prepare.steps;

import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.DictionaryMap;

/**
 * A 64-bit code per cell such that two cells of one column hold equal values exactly when their
 * codes are equal, missing cells included (missing equals missing, as pandas' {@code duplicated}).
 * Codes come from the primitive storage, so comparing rows creates no objects.
 */
@FunctionalInterface
interface CellCodes {

    long at(int row);

    static CellCodes of(Column<?> column) {
        if (column instanceof StringColumn strings) {
            DictionaryMap dictionary = strings.getDictionary();
            return dictionary::getKeyForIndex;
        }
        if (column instanceof IntColumn ints) {
            return ints::getInt;
        }
        if (column instanceof LongColumn longs) {
            return longs::getLong;
        }
        if (column instanceof ShortColumn shorts) {
            return shorts::getShort;
        }
        if (column instanceof DoubleColumn doubles) {
            // + 0.0 makes -0.0 equal to 0.0; doubleToLongBits makes every NaN (missing) one code
            return row -> Double.doubleToLongBits(doubles.getDouble(row) + 0.0);
        }
        if (column instanceof FloatColumn floats) {
            return row -> Float.floatToIntBits(floats.getFloat(row) + 0.0f);
        }
        if (column instanceof DateColumn dates) {
            return dates::getIntInternal;
        }
        if (column instanceof DateTimeColumn dateTimes) {
            return dateTimes::getLongInternal;
        }
        if (column instanceof BooleanColumn booleans) {
            return booleans::getByte;
        }
        return numbered(column);
    }

    /** Any other column type: number its distinct values in order of appearance. */
    private static CellCodes numbered(Column<?> column) {
        Map<Object, Long> numbers = new HashMap<>();
        long[] codes = new long[column.size()];
        for (int row = 0; row < codes.length; row++) {
            Object value = column.isMissing(row) ? MissingValue.INSTANCE : column.get(row);
            codes[row] = numbers.computeIfAbsent(value, key -> (long) numbers.size());
        }
        return row -> codes[row];
    }

    /** Stands for a missing cell in the numbering, so all missing cells share one code. */
    enum MissingValue {
        INSTANCE
    }
}

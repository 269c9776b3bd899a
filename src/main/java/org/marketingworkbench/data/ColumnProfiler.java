package org.marketingworkbench.data;

import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.NullDictionaryMap;

/**
 * Profiles the columns of a table for the column inspector and the {@code profile} command:
 * counts, missing values and distinct values for every column, then statistics and a
 * histogram for numbers, the top values for categories, text and yes/no, the range for dates.
 * Works from the Tablesaw columns without copying rows; a number column is read once into a
 * primitive array.
 */
public final class ColumnProfiler {

    private ColumnProfiler() {
    }

    /**
     * Profiles every column of {@code table}. Reports progress per column and stops between
     * columns when cancelled.
     *
     * @param types the type of each column by name (as in {@link DataSource#types()}); a column
     *              missing from the map gets the type its Tablesaw column suggests
     */
    public static TableProfile profile(Table table, Map<String, ColumnType> types, Progress progress) {
        List<ColumnProfile> columns = new ArrayList<>(table.columnCount());
        int total = table.columnCount();
        for (Column<?> column : table.columns()) {
            progress.checkCancelled();
            columns.add(profile(column, types.getOrDefault(column.name(), typeOf(column))));
            progress.update(columns.size(), total, column.name());
        }
        return new TableProfile(table.rowCount(), columns);
    }

    /** Profiles one column read as {@code type}. */
    public static ColumnProfile profile(Column<?> column, ColumnType type) {
        int rows = column.size();
        int missing = column.countMissing();
        if (missing == rows) {
            return new ColumnProfile(column.name(), type, rows, missing, 0, null, null, null);
        }
        if (column instanceof StringColumn strings && !hasDictionary(strings)) {
            // Counting the values gives the distinct count too; Tablesaw's countUnique() would hash them again.
            TopValues top = topValues(column, TopValues.DEFAULT_LIMIT);
            int distinct = top.values().size() + top.otherDistinct();
            return new ColumnProfile(column.name(), type, rows, missing, distinct, null, top, null);
        }
        // Tablesaw counts "missing" as one more unique value; pandas' nunique() does not.
        int distinct = column.countUnique() - (missing > 0 ? 1 : 0);
        if (column instanceof NumericColumn<?> numbers) {
            return new ColumnProfile(column.name(), type, rows, missing, distinct,
                    NumberSummary.of(presentValues(numbers, rows - missing), type == ColumnType.INTEGER), null, null);
        }
        DateRange dates = dateRange(column);
        if (dates != null) {
            return new ColumnProfile(column.name(), type, rows, missing, distinct, null, null, dates);
        }
        return new ColumnProfile(column.name(), type, rows, missing, distinct, null,
                topValues(column, TopValues.DEFAULT_LIMIT), null);
    }

    /** The values of a number column without the missing ones, as a primitive array. */
    private static double[] presentValues(NumericColumn<?> column, int count) {
        double[] values = new double[count];
        int next = 0;
        for (int row = 0, rows = column.size(); row < rows; row++) {
            double value = column.getDouble(row);
            if (!Double.isNaN(value)) {
                values[next++] = value;
            }
        }
        return values;
    }

    private static DateRange dateRange(Column<?> column) {
        if (column instanceof DateColumn dates) {
            return new DateRange(dates.min(), dates.max());
        }
        if (column instanceof DateTimeColumn dates) {
            return new DateRange(dates.min(), dates.max());
        }
        if (column instanceof InstantColumn dates) {
            return new DateRange(dates.min(), dates.max());
        }
        if (column instanceof TimeColumn times) {
            return new DateRange(times.min(), times.max());
        }
        return null;
    }

    /** The {@code limit} most frequent values, counted through the column's dictionary where it has one. */
    static TopValues topValues(Column<?> column, int limit) {
        TopValuesCounter counter = new TopValuesCounter(limit);
        if (column instanceof BooleanColumn booleans) {
            counter.add("true", booleans.countTrue());
            counter.add("false", booleans.countFalse());
        } else if (column instanceof StringColumn strings && hasDictionary(strings)) {
            // The dictionary already keeps a count per value: no pass over the rows.
            Table counts = strings.countByCategory();
            StringColumn values = counts.stringColumn(0);
            NumericColumn<?> frequencies = counts.numberColumn(1);
            for (int row = 0; row < counts.rowCount(); row++) {
                if (!values.isMissing(row)) {
                    counter.add(values.get(row), (int) frequencies.getDouble(row));
                }
            }
        } else {
            Object2IntOpenHashMap<String> counts = new Object2IntOpenHashMap<>();
            for (int row = 0, rows = column.size(); row < rows; row++) {
                if (!column.isMissing(row)) {
                    counts.addTo(column.getString(row), 1);
                }
            }
            for (Object2IntMap.Entry<String> entry : counts.object2IntEntrySet()) {
                counter.add(entry.getKey(), entry.getIntValue());
            }
        }
        return counter.result();
    }

    /** Tablesaw keeps no dictionary for text with more than ~65,000 distinct values. */
    private static boolean hasDictionary(StringColumn strings) {
        return !(strings.getDictionary() instanceof NullDictionaryMap);
    }

    /** The type a Tablesaw column suggests, for columns the caller gave no type for. */
    static ColumnType typeOf(Column<?> column) {
        tech.tablesaw.api.ColumnType type = column.type();
        if (type == tech.tablesaw.api.ColumnType.INTEGER || type == tech.tablesaw.api.ColumnType.LONG
                || type == tech.tablesaw.api.ColumnType.SHORT) {
            return ColumnType.INTEGER;
        }
        if (column instanceof NumericColumn<?>) {
            return ColumnType.DECIMAL;
        }
        if (column instanceof DateColumn) {
            return ColumnType.DATE;
        }
        if (column instanceof DateTimeColumn || column instanceof InstantColumn) {
            return ColumnType.DATE_TIME;
        }
        if (column instanceof BooleanColumn) {
            return ColumnType.BOOLEAN;
        }
        return ColumnType.CATEGORY;
    }
}

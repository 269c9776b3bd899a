package org.marketingworkbench.prepare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.columns.Column;

/**
 * How often each distinct non-missing value occurs in a column, most frequent first and, among
 * equal counts, the smallest value first (so the mode is the smallest of the most frequent values,
 * as pandas' {@code mode()[0]}).
 */
public final class ValueCounts {

    /**
     * One distinct value.
     *
     * @param value    the value (a String, Integer, Double, LocalDate... as the column holds it)
     * @param label    the value as text, without display formatting
     * @param count    how many rows hold it
     * @param firstRow the first row that holds it
     */
    public record ValueCount(Object value, String label, int count, int firstRow) {
    }

    /** Orders values by the column's natural order (numbers as numbers, dates as dates). */
    public static final Comparator<ValueCount> BY_VALUE = ValueCounts::byValue;

    private ValueCounts() {
    }

    /** The distinct non-missing values of {@code column} with their counts, most frequent first. */
    public static List<ValueCount> of(Column<?> column) {
        Map<Object, int[]> counts = new HashMap<>();
        for (int row = 0; row < column.size(); row++) {
            if (column.isMissing(row)) {
                continue;
            }
            int[] entry = counts.get(column.get(row));
            if (entry == null) {
                counts.put(column.get(row), new int[] {1, row});
            } else {
                entry[0]++;
            }
        }
        List<ValueCount> result = new ArrayList<>(counts.size());
        counts.forEach((value, entry) ->
                result.add(new ValueCount(value, column.getUnformattedString(entry[1]), entry[0], entry[1])));
        result.sort(Comparator.comparingInt(ValueCount::count).reversed().thenComparing(BY_VALUE));
        return result;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int byValue(ValueCount left, ValueCount right) {
        if (left.value() instanceof Comparable comparable && left.value().getClass() == right.value().getClass()) {
            return comparable.compareTo(right.value());
        }
        return left.label().compareTo(right.label());
    }
}

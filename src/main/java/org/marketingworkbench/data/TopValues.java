package org.marketingworkbench.data;

import java.util.List;

/**
 * The most frequent values of a category, text or yes/no column, for the inspector's bar chart:
 * the top values by count (ties broken by the value, so the list is the same every time), and
 * the rest folded into "other".
 *
 * @param values        the top values, most frequent first
 * @param otherCount    how many non-missing cells hold a value not in the list
 * @param otherDistinct how many distinct values those are
 */
public record TopValues(List<ValueCount> values, int otherCount, int otherDistinct) {

    /** How many values the profile lists before folding the rest into "other". */
    public static final int DEFAULT_LIMIT = 10;

    /** One value and the number of cells that hold it. */
    public record ValueCount(String value, int count) {
    }

    public TopValues {
        values = List.copyOf(values);
    }

    /** The most frequent value, or null when the column has no values. */
    public ValueCount mode() {
        return values.isEmpty() ? null : values.get(0);
    }
}

package org.marketingworkbench.explore;

import java.util.List;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How often each value of a column occurs, most frequent first (a bar chart's data). Values past
 * the limit are added up in {@code otherCount}.
 *
 * @param column     the column
 * @param values     the values shown, most frequent first (among ties the smallest first)
 * @param counts     their counts
 * @param otherCount rows holding the values past the limit
 * @param otherValues how many distinct values are past the limit
 * @param missing    missing values
 */
public record CategoryCounts(String column, List<String> values, List<Long> counts, long otherCount, int otherValues,
        long missing) {

    public CategoryCounts {
        values = List.copyOf(values);
        counts = List.copyOf(counts);
    }

    /** One row per value: value, count. */
    public Table toTable() {
        return Table.create(column, StringColumn.create("value", values),
                LongColumn.create("count", counts.stream().mapToLong(Long::longValue).toArray()));
    }
}

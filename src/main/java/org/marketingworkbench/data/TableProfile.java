package org.marketingworkbench.data;

import java.util.List;

/**
 * The profile of a whole table: its row count and one {@link ColumnProfile} per column, in
 * table order.
 */
public record TableProfile(int rows, List<ColumnProfile> columns) {

    public TableProfile {
        columns = List.copyOf(columns);
    }

    /** The profile of the column named {@code name}. */
    public ColumnProfile column(String name) {
        return columns.stream().filter(column -> column.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column named " + name));
    }
}

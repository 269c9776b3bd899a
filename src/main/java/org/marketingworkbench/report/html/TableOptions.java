package org.marketingworkbench.report.html;

import java.util.List;
import java.util.Set;

/**
 * How a table appears in the report. The exported CSV always holds every row and column.
 *
 * @param maxRows         the most rows shown in the report, or {@link #ALL_ROWS}
 * @param columns         the columns shown in the report, in order, or empty for all
 * @param personalColumns columns holding personal data, pseudonymised as in exports
 */
public record TableOptions(int maxRows, List<String> columns, Set<String> personalColumns) {
    public static final int ALL_ROWS = Integer.MAX_VALUE;
    /** Rows shown by default: enough to read, short enough to print. */
    public static final int DEFAULT_ROWS = 50;

    public TableOptions {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1");
        }
        columns = List.copyOf(columns);
        personalColumns = Set.copyOf(personalColumns);
    }

    /** The first {@link #DEFAULT_ROWS} rows, every column, no personal data. */
    public static TableOptions defaults() {
        return new TableOptions(DEFAULT_ROWS, List.of(), Set.of());
    }

    /** Every row (for example every association rule), every column, no personal data. */
    public static TableOptions allRows() {
        return new TableOptions(ALL_ROWS, List.of(), Set.of());
    }

    public TableOptions withMaxRows(int value) {
        return new TableOptions(value, columns, personalColumns);
    }

    /** Shows only these columns in the report (the CSV keeps all): for tables too wide to read or print. */
    public TableOptions showingColumns(List<String> value) {
        return new TableOptions(maxRows, value, personalColumns);
    }

    public TableOptions withPersonalColumns(Set<String> value) {
        return new TableOptions(maxRows, columns, value);
    }
}

package org.marketingworkbench.report.html;

import java.util.Set;

/**
 * How a table appears in the report.
 *
 * @param maxRows         the most rows shown in the report, or {@link #ALL_ROWS}; the exported
 *                        CSV always holds every row
 * @param personalColumns columns holding personal data, pseudonymised as in exports
 */
public record TableOptions(int maxRows, Set<String> personalColumns) {
    public static final int ALL_ROWS = Integer.MAX_VALUE;
    /** Rows shown by default: enough to read, short enough to print. */
    public static final int DEFAULT_ROWS = 50;

    public TableOptions {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1");
        }
        personalColumns = Set.copyOf(personalColumns);
    }

    /** The first {@link #DEFAULT_ROWS} rows, no personal data. */
    public static TableOptions defaults() {
        return new TableOptions(DEFAULT_ROWS, Set.of());
    }

    /** Every row (for example every association rule), no personal data. */
    public static TableOptions allRows() {
        return new TableOptions(ALL_ROWS, Set.of());
    }

    public TableOptions withMaxRows(int value) {
        return new TableOptions(value, personalColumns);
    }

    public TableOptions withPersonalColumns(Set<String> columns) {
        return new TableOptions(maxRows, columns);
    }
}

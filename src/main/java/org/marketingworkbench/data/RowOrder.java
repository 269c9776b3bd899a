package org.marketingworkbench.data;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntComparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Which rows a table view shows, in which order, as an array of row numbers: the table itself is
 * never copied or reordered. Used by the Data page for its quick filter and column sort.
 */
public final class RowOrder {
    /** Rows between two cancellation checks while filtering. */
    private static final int CHUNK = 1 << 15;

    private RowOrder() {
    }

    /**
     * The rows in which some cell's text contains {@code text}, ignoring case, in table order;
     * null when {@code text} is blank (every row).
     */
    public static int[] filter(Table table, String text, Progress progress) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        int rows = table.rowCount();
        int[] matches = new int[rows];
        int found = 0;
        CellMatcher[] columns = table.columns().stream().map(column -> new CellMatcher(column, needle))
                .toArray(CellMatcher[]::new);
        for (int start = 0; start < rows; start += CHUNK) {
            progress.checkCancelled();
            int end = Math.min(rows, start + CHUNK);
            for (int row = start; row < end; row++) {
                for (CellMatcher column : columns) {
                    if (column.matches(row)) {
                        matches[found++] = row;
                        break;
                    }
                }
            }
            progress.update(end, rows, null);
        }
        return java.util.Arrays.copyOf(matches, found);
    }

    /**
     * {@code rows} (or every row when null) sorted by {@code column}; missing cells go last in
     * both directions, and equal cells keep their order.
     */
    public static int[] sort(Table table, int[] rows, String column, boolean ascending, Progress progress) {
        Column<?> sortColumn = table.column(column);
        int[] order = rows != null ? rows.clone() : identity(table.rowCount());
        progress.checkCancelled();
        IntComparator values = sortColumn.rowComparator();
        IntComparator direction = ascending ? values : (a, b) -> values.compare(b, a);
        IntComparator missingLast = (a, b) -> {
            boolean missingA = sortColumn.isMissing(a);
            boolean missingB = sortColumn.isMissing(b);
            if (missingA || missingB) {
                return Boolean.compare(missingA, missingB);
            }
            return direction.compare(a, b);
        };
        // A stable merge sort, so a second sort keeps the first one's order among equal cells.
        IntArrays.mergeSort(order, missingLast);
        progress.checkCancelled();
        return order;
    }

    private static int[] identity(int rows) {
        int[] order = new int[rows];
        for (int row = 0; row < rows; row++) {
            order[row] = row;
        }
        return order;
    }

    /** Matches one column's cells, remembering the answer per distinct text value (categories repeat). */
    private static final class CellMatcher {
        private final Column<?> column;
        private final String needle;
        private final Map<String, Boolean> known;

        CellMatcher(Column<?> column, String needle) {
            this.column = column;
            this.needle = needle;
            this.known = column instanceof StringColumn ? new HashMap<>() : null;
        }

        boolean matches(int row) {
            if (column.isMissing(row)) {
                return false;
            }
            String cell = column.getString(row);
            if (known == null) {
                return cell.toLowerCase(Locale.ROOT).contains(needle);
            }
            if (known.size() > 100_000) {
                known.clear();
            }
            return known.computeIfAbsent(cell, value -> value.toLowerCase(Locale.ROOT).contains(needle));
        }
    }
}

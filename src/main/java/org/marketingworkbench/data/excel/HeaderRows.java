package org.marketingworkbench.data.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.marketingworkbench.data.value.NumberParser;
import org.marketingworkbench.data.value.Outcome;

/**
 * The column names of a sheet. A header with merged group cells above sub-headers
 * ("Sales" over "Q1" and "Q2") spans two rows and gives combined names ("Sales.Q1",
 * "Sales.Q2"), the same dotted style as nested JSON; a name merged down over both rows is
 * used as it is.
 *
 * @param names     the raw names, one per column
 * @param rows      how many sheet rows the header takes (1 or 2)
 * @param combined  the header had merged group cells and two rows
 */
record HeaderRows(List<String> names, int rows, boolean combined) {

    static HeaderRows of(SheetGrid grid) {
        String[] first = padded(grid.rows.get(0), grid.width);
        if (grid.rows.size() > 1 && hasGroupAbove(grid)) {
            String[] second = padded(grid.rows.get(1), grid.width);
            List<String> names = new ArrayList<>();
            for (int c = 0; c < grid.width; c++) {
                names.add(combine(first[c], second[c]));
            }
            return new HeaderRows(names, 2, true);
        }
        List<String> names = new ArrayList<>();
        for (String name : first) {
            names.add(name == null ? "" : name);
        }
        return new HeaderRows(names, 1, false);
    }

    /**
     * True when a cell of the first row is merged across columns (but not down) and the second
     * row holds text names under every such group.
     */
    private static boolean hasGroupAbove(SheetGrid grid) {
        long firstRow = grid.rowNumbers.get(0) - 1;
        String[] second = padded(grid.rows.get(1), grid.width);
        NumberParser numbers = new NumberParser();
        boolean group = false;
        for (CellRangeAddress region : grid.merged) {
            if (region.getFirstRow() != firstRow || region.getLastColumn() == region.getFirstColumn()) {
                continue;
            }
            if (region.getLastRow() != firstRow) {
                return false;
            }
            for (int c = region.getFirstColumn(); c <= region.getLastColumn() && c < second.length; c++) {
                String name = second[c];
                if (name == null || name.isBlank()) {
                    return false;
                }
                Outcome outcome = numbers.parse(name);
                if (outcome == Outcome.INTEGER || outcome == Outcome.DECIMAL) {
                    return false;
                }
            }
            group = true;
        }
        return group;
    }

    private static String combine(String upper, String lower) {
        boolean noUpper = upper == null || upper.isBlank();
        boolean noLower = lower == null || lower.isBlank();
        if (noUpper) {
            return noLower ? "" : lower.strip();
        }
        if (noLower || upper.strip().equals(lower.strip())) {
            return upper.strip();
        }
        return upper.strip() + "." + lower.strip();
    }

    private static String[] padded(String[] cells, int width) {
        return cells.length >= width ? cells : Arrays.copyOf(cells, width);
    }
}

package org.marketingworkbench.data;

/**
 * What the column inspector shows about one column. Exactly one of {@code numbers},
 * {@code topValues} and {@code dates} is set when the column has values; all are null when
 * every cell is missing.
 *
 * @param name      the column name
 * @param type      the column's type
 * @param rows      the number of cells (the table's row count)
 * @param missing   cells without a value
 * @param distinct  distinct values, missing not counted (as pandas' {@code nunique()})
 * @param numbers   statistics and histogram of a number column, or null
 * @param topValues the most frequent values of a category, text or yes/no column, or null
 * @param dates     the range of a date or date-time column, or null
 */
public record ColumnProfile(String name, ColumnType type, int rows, int missing, int distinct, NumberSummary numbers,
        TopValues topValues, DateRange dates) {

    /** Cells with a value. */
    public int count() {
        return rows - missing;
    }

    /** Missing cells as a percentage of all rows; 0 for a table without rows. */
    public double missingPercent() {
        return rows == 0 ? 0 : 100.0 * missing / rows;
    }

    /** True when no cell has a value. */
    public boolean isEmpty() {
        return count() == 0;
    }

    /** True when every cell with a value holds the same value (and there is at least one). */
    public boolean isConstant() {
        return distinct == 1;
    }
}

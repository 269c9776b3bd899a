package org.marketingworkbench.explore;

/**
 * What a pivot table shows: rows by one category column, columns by another (or none), each cell
 * the count of rows or the sum or mean of a value column, optionally as percentages.
 *
 * @param rowColumn    the category column whose values make the rows
 * @param columnColumn the category column whose values make the columns; null or empty for one column
 * @param valueColumn  the number column to add up or average; unused for counts
 * @param aggregate    count, sum or mean
 * @param percent      none, or the share of the row, column or grand total (counts and sums only)
 */
public record PivotSpec(String rowColumn, String columnColumn, String valueColumn, Aggregate aggregate,
        Percent percent) {

    /** What a cell holds. */
    public enum Aggregate {
        COUNT, SUM, MEAN
    }

    /** Cells as percentages of their row, their column or the whole table. */
    public enum Percent {
        NONE, ROW, COLUMN, TOTAL
    }

    public PivotSpec {
        aggregate = aggregate == null ? Aggregate.COUNT : aggregate;
        percent = percent == null ? Percent.NONE : percent;
        columnColumn = columnColumn == null ? "" : columnColumn;
    }

    /** Counts of {@code rows} by {@code columns} (a cross-tab). */
    public static PivotSpec counts(String rows, String columns) {
        return new PivotSpec(rows, columns, null, Aggregate.COUNT, Percent.NONE);
    }

    public PivotSpec withPercent(Percent value) {
        return new PivotSpec(rowColumn, columnColumn, valueColumn, aggregate, value);
    }
}

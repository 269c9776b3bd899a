package org.marketingworkbench.prepare;

import tech.tablesaw.api.Table;

/**
 * What a step works on: the table and, for each of its rows, the row number the user knows it by.
 * Row numbers count from 1 in the recipe's input source; rows appended by a concat step continue
 * the count, and an aggregation starts a new count for its output rows.
 *
 * <p>Steps never modify the table or the array: output tables share the unchanged column
 * objects with their input, which keeps a recipe on a million rows cheap.
 *
 * @param table      the rows and columns
 * @param rowNumbers the row number of each row of {@code table}, in order
 */
public record StepInput(Table table, int[] rowNumbers) {

    public StepInput {
        if (rowNumbers.length != table.rowCount()) {
            throw new IllegalArgumentException("row numbers " + rowNumbers.length + " for " + table.rowCount() + " rows");
        }
    }

    /** A source table whose rows are numbered 1 to n. */
    public static StepInput of(Table table) {
        return new StepInput(table, RowNumbers.firstN(table.rowCount()));
    }

    public int rowCount() {
        return table.rowCount();
    }
}

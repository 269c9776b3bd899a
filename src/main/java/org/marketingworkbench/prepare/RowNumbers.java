package org.marketingworkbench.prepare;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Helpers for the row numbers that follow rows through a recipe (see {@link StepInput}). */
public final class RowNumbers {

    /** The name of the row-number column in tables of removed or changed rows. */
    public static final String COLUMN = "row";

    private RowNumbers() {
    }

    /** 1, 2, ..., n. */
    public static int[] firstN(int n) {
        int[] numbers = new int[n];
        for (int i = 0; i < n; i++) {
            numbers[i] = i + 1;
        }
        return numbers;
    }

    /** The row numbers of the given row indexes. */
    public static int[] pick(int[] rowNumbers, int[] indexes) {
        int[] picked = new int[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            picked[i] = rowNumbers[indexes[i]];
        }
        return picked;
    }

    /**
     * The rows at {@code indexes} of {@code table}, as they were, with their row numbers in a first
     * column (named {@value #COLUMN}, or a free variant when the table has such a column).
     */
    public static Table withNumbers(StepInput input, int[] indexes) {
        Table rows = Tables.reorder(input.table(), indexes);
        String name = Columns.freeName(input.table(), COLUMN);
        Table result = Table.create(input.table().name(), IntColumn.create(name, pick(input.rowNumbers(), indexes)));
        for (Column<?> column : rows.columns()) {
            result.addColumns(column);
        }
        return result;
    }
}

package org.marketingworkbench.prepare;

import org.marketingworkbench.common.BadInputException;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/** Table helpers for steps: new tables that share unchanged columns with their input (see {@link StepInput}). */
public final class Tables {

    private Tables() {
    }

    /** A new table holding the same column objects (no data copied). */
    public static Table share(Table table) {
        Table result = Table.create(table.name());
        for (Column<?> column : table.columns()) {
            result.addColumns(column);
        }
        return result;
    }

    /** A new table with {@code replacement} in place of the column of the same name. */
    public static Table replace(Table table, Column<?> replacement) {
        Table result = share(table);
        result.replaceColumn(replacement.name(), replacement);
        return result;
    }

    /**
     * The rows at {@code order}, in that order ({@link Table#rows(int...)} would sort them, as it
     * goes through a selection).
     */
    public static Table reorder(Table table, int[] order) {
        Table result = Table.create(table.name());
        for (Column<?> column : table.columns()) {
            result.addColumns(column.subset(order));
        }
        return result;
    }

    /** Refuses an empty table: a step has nothing to work on. */
    public static void requireRows(Table table) {
        if (table.rowCount() == 0) {
            throw new BadInputException("prepare.error.emptyTable");
        }
    }

    /** The rows of {@code input} outside {@code removed}, with their numbers, and the removed rows kept. */
    public static StepOutcome removeRows(StepInput input, Selection removed, ReportBuilder report) {
        int rows = input.rowCount();
        if (removed.isEmpty()) {
            return report.sameRows(share(input.table()));
        }
        int[] removedIndexes = removed.toArray();
        Selection kept = Selection.withRange(0, rows).andNot(removed);
        int[] keptIndexes = kept.toArray();
        Table output = input.table().where(kept);
        report.affected(AffectedRows.removed(input, removedIndexes));
        return report.rows(output, RowNumbers.pick(input.rowNumbers(), keptIndexes));
    }
}

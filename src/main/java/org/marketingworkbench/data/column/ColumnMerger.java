package org.marketingworkbench.data.column;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.Misfit;
import org.marketingworkbench.data.value.ColumnPlan;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.columns.Column;

/**
 * Joins the chunks of one column, read in parallel, into one Tablesaw column: the widest
 * number storage any chunk needed, times only when some cell had one, category or text by
 * how many distinct values there are.
 */
public final class ColumnMerger {

    private ColumnMerger() {
    }

    /** One column of {@code rows} rows from its chunks, in order. */
    public static MergedColumn merge(String name, ColumnPlan plan, List<ChunkRun> runs, int rows) {
        List<Misfit> misfits = new ArrayList<>();
        int misfitCount = 0;
        boolean overflowed = false;
        for (ChunkRun run : runs) {
            MisfitList list = run.chunk().misfits();
            misfitCount += list.count();
            overflowed |= list.overflowed();
            for (Misfit misfit : list.kept()) {
                misfits.add(new Misfit(misfit.row() + run.firstRow(), misfit.line() + run.firstLine(), misfit.text()));
            }
        }
        ColumnType type = plan.type();
        if (type == ColumnType.INTEGER || type == ColumnType.DECIMAL) {
            return NumberColumnMerger.merge(name, plan, runs, rows, misfitCount, misfits, overflowed);
        }
        if (type == ColumnType.DATE || type == ColumnType.DATE_TIME) {
            Column<?> column = TemporalColumnMerger.merge(name, plan, runs, rows);
            ColumnType merged = column instanceof DateColumn ? ColumnType.DATE : ColumnType.DATE_TIME;
            return new MergedColumn(column, merged, misfitCount, misfits, overflowed, false, false, 0, null);
        }
        if (type == ColumnType.BOOLEAN) {
            BooleanColumn column = BooleanColumn.create(name, rows);
            for (ChunkRun run : runs) {
                byte[] values = ((BooleanChunk) run.chunk()).values();
                for (int i = 0; i < run.rows(); i++) {
                    column.set(run.firstRow() + i, values[i]);
                }
            }
            return new MergedColumn(column, ColumnType.BOOLEAN, misfitCount, misfits, overflowed, false, false, 0,
                    null);
        }
        return StringColumnMerger.merge(name, plan, runs, rows);
    }
}

package org.marketingworkbench.data.column;

import java.util.List;
import org.marketingworkbench.data.ColumnType;
import tech.tablesaw.api.BooleanColumn;

/** Builds a BooleanColumn (1 true, 0 false, -1 missing, as the chunks hold them). */
final class BooleanColumnBuilder extends ColumnBuilder {

    BooleanColumnBuilder(String name) {
        super(name);
    }

    @Override
    protected MergedColumn build(List<ChunkRun> runs, int rows) {
        BooleanColumn column = BooleanColumn.create(name, rows);
        for (ChunkRun run : runs) {
            byte[] values = ((BooleanChunk) run.chunk()).values();
            for (int i = 0; i < run.rows(); i++) {
                column.set(run.firstRow() + i, values[i]);
            }
        }
        return new MergedColumn(column, ColumnType.BOOLEAN, misfitCount(), misfits(), overflowed(), false, false, 0,
                null);
    }
}

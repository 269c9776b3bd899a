package org.marketingworkbench.data.column;

import java.util.List;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.value.ColumnPlan;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.times.PackedLocalTime;

/** Builds a DateColumn, or a DateTimeColumn when some cell had a time of day. */
final class TemporalColumnBuilder extends ColumnBuilder {

    private final boolean forceTimes;

    TemporalColumnBuilder(String name, ColumnPlan plan) {
        super(name);
        this.forceTimes = plan.exact() && plan.type() == ColumnType.DATE_TIME;
    }

    @Override
    protected MergedColumn build(List<ChunkRun> runs, int rows) {
        boolean times = forceTimes;
        for (ChunkRun run : runs) {
            times |= ((TemporalChunk) run.chunk()).times() != null;
        }
        Column<?> column = times ? dateTimes(runs, rows) : dates(runs, rows);
        ColumnType type = times ? ColumnType.DATE_TIME : ColumnType.DATE;
        return new MergedColumn(column, type, misfitCount(), misfits(), overflowed(), false, false, 0, null);
    }

    private DateColumn dates(List<ChunkRun> runs, int rows) {
        DateColumn column = DateColumn.create(name, rows);
        for (ChunkRun run : runs) {
            int[] dates = ((TemporalChunk) run.chunk()).dates();
            for (int i = 0; i < run.rows(); i++) {
                column.set(run.firstRow() + i, dates[i]);
            }
        }
        return column;
    }

    private DateTimeColumn dateTimes(List<ChunkRun> runs, int rows) {
        DateTimeColumn column = DateTimeColumn.create(name, rows);
        for (ChunkRun run : runs) {
            TemporalChunk chunk = (TemporalChunk) run.chunk();
            for (int i = 0; i < run.rows(); i++) {
                int date = chunk.dates()[i];
                if (date != TemporalChunk.MISSING_DATE) {
                    int millis = chunk.times() == null ? 0 : chunk.times()[i];
                    column.set(run.firstRow() + i, ((long) date << 32) | (packTime(millis) & 0xFFFFFFFFL));
                }
            }
        }
        return column;
    }

    private static int packTime(int millisOfDay) {
        int seconds = millisOfDay / 1000;
        return PackedLocalTime.of(seconds / 3600, seconds / 60 % 60, seconds % 60, millisOfDay % 1000);
    }
}

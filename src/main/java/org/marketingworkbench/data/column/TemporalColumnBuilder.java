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

    /** One exact array filled with bulk copies, which Tablesaw copies once more (see NumberColumnBuilder). */
    private DateColumn dates(List<ChunkRun> runs, int rows) {
        int[] all = new int[rows];
        for (ChunkRun run : runs) {
            System.arraycopy(((TemporalChunk) run.chunk()).dates(), 0, all, run.firstRow(), run.rows());
        }
        return DateColumn.createInternal(name, all);
    }

    private DateTimeColumn dateTimes(List<ChunkRun> runs, int rows) {
        long[] all = new long[rows];
        for (ChunkRun run : runs) {
            TemporalChunk chunk = (TemporalChunk) run.chunk();
            int[] dates = chunk.dates();
            int[] times = chunk.times();
            for (int i = 0; i < run.rows(); i++) {
                all[run.firstRow() + i] = dates[i] == TemporalChunk.MISSING_DATE ? Long.MIN_VALUE
                        : ((long) dates[i] << 32) | (packTime(times == null ? 0 : times[i]) & 0xFFFFFFFFL);
            }
        }
        return DateTimeColumn.createInternal(name, all);
    }

    private static int packTime(int millisOfDay) {
        int seconds = millisOfDay / 1000;
        return PackedLocalTime.of(seconds / 3600, seconds / 60 % 60, seconds % 60, millisOfDay % 1000);
    }
}

package org.marketingworkbench.data.column;

import java.util.Arrays;
import java.util.List;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.value.ColumnPlan;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.times.PackedLocalTime;

/** Joins date chunks into a DateColumn, or a DateTimeColumn when some cell had a time of day. */
final class TemporalColumnMerger {

    private TemporalColumnMerger() {
    }

    static Column<?> merge(String name, ColumnPlan plan, List<ChunkRun> runs, int rows) {
        boolean times = plan.exact() && plan.type() == ColumnType.DATE_TIME;
        for (ChunkRun run : runs) {
            times |= ((TemporalChunk) run.chunk()).times() != null;
        }
        if (!times) {
            int[] all = new int[rows];
            Arrays.fill(all, TemporalChunk.MISSING_DATE);
            for (ChunkRun run : runs) {
                System.arraycopy(((TemporalChunk) run.chunk()).dates(), 0, all, run.firstRow(), run.rows());
            }
            return DateColumn.createInternal(name, all);
        }
        long[] all = new long[rows];
        Arrays.fill(all, Long.MIN_VALUE);
        for (ChunkRun run : runs) {
            TemporalChunk chunk = (TemporalChunk) run.chunk();
            for (int i = 0; i < run.rows(); i++) {
                int date = chunk.dates()[i];
                if (date != TemporalChunk.MISSING_DATE) {
                    int millis = chunk.times() == null ? 0 : chunk.times()[i];
                    all[run.firstRow() + i] = ((long) date << 32) | (packTime(millis) & 0xFFFFFFFFL);
                }
            }
        }
        return DateTimeColumn.createInternal(name, all);
    }

    private static int packTime(int millisOfDay) {
        int seconds = millisOfDay / 1000;
        return PackedLocalTime.of(seconds / 3600, seconds / 60 % 60, seconds % 60, millisOfDay % 1000);
    }
}

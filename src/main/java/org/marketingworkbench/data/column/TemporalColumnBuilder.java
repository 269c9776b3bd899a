package org.marketingworkbench.data.column;

import java.util.Arrays;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.value.ColumnPlan;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.times.PackedLocalTime;

/** Builds a DateColumn, or a DateTimeColumn when some cell had a time of day. */
final class TemporalColumnBuilder extends ColumnBuilder {

    private final boolean forceTimes;
    private int[] dates;
    private int[] times;

    TemporalColumnBuilder(String name, ColumnPlan plan, int expectedRows) {
        super(name);
        this.forceTimes = plan.exact() && plan.type() == ColumnType.DATE_TIME;
        this.dates = new int[Math.max(16, expectedRows)];
    }

    @Override
    protected void appendValues(ColumnChunk values, int count, int at) {
        TemporalChunk chunk = (TemporalChunk) values;
        if (dates.length < at + count) {
            int capacity = grown(dates.length, at + count);
            dates = Arrays.copyOf(dates, capacity);
            times = times == null ? null : Arrays.copyOf(times, capacity);
        }
        System.arraycopy(chunk.dates(), 0, dates, at, count);
        if (chunk.times() != null) {
            if (times == null) {
                times = new int[dates.length];
            }
            System.arraycopy(chunk.times(), 0, times, at, count);
        }
    }

    @Override
    public MergedColumn finish() {
        int rows = rows();
        Column<?> column;
        if (times == null && !forceTimes) {
            column = DateColumn.createInternal(name, Arrays.copyOf(dates, rows));
        } else {
            long[] packed = new long[rows];
            for (int i = 0; i < rows; i++) {
                packed[i] = dates[i] == TemporalChunk.MISSING_DATE ? Long.MIN_VALUE
                        : ((long) dates[i] << 32) | (packTime(times == null ? 0 : times[i]) & 0xFFFFFFFFL);
            }
            column = DateTimeColumn.createInternal(name, packed);
        }
        dates = null;
        times = null;
        ColumnType type = column instanceof DateColumn ? ColumnType.DATE : ColumnType.DATE_TIME;
        return new MergedColumn(column, type, misfitCount(), misfits(), overflowed(), false, false, 0, null);
    }

    private static int packTime(int millisOfDay) {
        int seconds = millisOfDay / 1000;
        return PackedLocalTime.of(seconds / 3600, seconds / 60 % 60, seconds % 60, millisOfDay % 1000);
    }
}

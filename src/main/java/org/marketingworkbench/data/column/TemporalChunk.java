package org.marketingworkbench.data.column;

import java.util.Arrays;
import org.marketingworkbench.data.value.DateOrder;
import org.marketingworkbench.data.value.DateParser;
import org.marketingworkbench.data.value.Outcome;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * Dates of one chunk as Tablesaw's packed ints; the times of day only once a cell has one, so
 * a date column costs four bytes a row.
 */
public final class TemporalChunk extends ParsingChunk {

    /** Marks a missing date, as Tablesaw's DateColumn does. */
    public static final int MISSING_DATE = Integer.MIN_VALUE;

    private final DateParser parser = new DateParser();
    private final DateOrder order;
    private final boolean timesAllowed;
    private int[] dates;
    private int[] times;
    private int size;

    /**
     * @param timesAllowed false when the user asked for dates: a cell with a time other than
     *                     midnight is a misfit rather than a silently dropped time
     */
    public TemporalChunk(int capacity, LineCursor cursor, DateOrder order, boolean timesAllowed) {
        super(cursor);
        this.order = order;
        this.timesAllowed = timesAllowed;
        this.dates = new int[Math.max(16, capacity)];
    }

    @Override
    public void set(int row, byte[] bytes, int start, int end) {
        Outcome outcome = parser.parse(bytes, start, end, order);
        boolean fits = outcome == Outcome.DATE
                || (outcome == Outcome.DATE_TIME && (timesAllowed || parser.millisOfDay() == 0));
        if (outcome == Outcome.MISSING) {
            setMissing(row);
            return;
        }
        if (!fits) {
            misfit(row, bytes, start, end);
            return;
        }
        ensure(row);
        dates[row] = PackedLocalDate.pack(parser.year(), parser.month(), parser.day());
        if (outcome == Outcome.DATE_TIME && timesAllowed) {
            if (times == null) {
                times = new int[dates.length];
            }
            times[row] = parser.millisOfDay();
        } else if (times != null) {
            times[row] = 0;
        }
    }

    @Override
    public void setMissing(int row) {
        ensure(row);
        dates[row] = MISSING_DATE;
        if (times != null) {
            times[row] = 0;
        }
    }

    public int size() {
        return size;
    }

    /** Packed dates ({@link PackedLocalDate}); {@link #MISSING_DATE} marks a missing value. */
    public int[] dates() {
        return dates;
    }

    /** Milliseconds since midnight per row, or null when no cell of this chunk had a time. */
    public int[] times() {
        return times;
    }

    private void ensure(int row) {
        if (row >= size) {
            size = row + 1;
        }
        if (row >= dates.length) {
            int grown = Math.max(row + 1, dates.length + (dates.length >> 1));
            dates = Arrays.copyOf(dates, grown);
            if (times != null) {
                times = Arrays.copyOf(times, grown);
            }
        }
    }
}

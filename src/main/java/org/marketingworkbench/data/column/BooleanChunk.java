package org.marketingworkbench.data.column;

import java.util.Arrays;
import org.marketingworkbench.data.value.BooleanParser;
import org.marketingworkbench.data.value.Outcome;

/** True/false cells of one chunk, one byte a row: 1 true, 0 false, -1 missing (Tablesaw's coding). */
public final class BooleanChunk extends ParsingChunk {

    public static final byte MISSING = -1;

    private final BooleanParser parser = new BooleanParser();
    private byte[] values;
    private int size;

    public BooleanChunk(int capacity, LineCursor cursor) {
        super(cursor);
        this.values = new byte[Math.max(16, capacity)];
    }

    @Override
    public void set(int row, byte[] bytes, int start, int end) {
        Outcome outcome = parser.parse(bytes, start, end);
        if (outcome == Outcome.BOOLEAN) {
            ensure(row);
            values[row] = parser.value() ? (byte) 1 : (byte) 0;
            return;
        }
        if (outcome == Outcome.MISFIT) {
            misfit(row, bytes, start, end);
        } else {
            setMissing(row);
        }
    }

    @Override
    public void setMissing(int row) {
        ensure(row);
        values[row] = MISSING;
    }

    public int size() {
        return size;
    }

    public byte[] values() {
        return values;
    }

    private void ensure(int row) {
        if (row >= size) {
            size = row + 1;
        }
        if (row >= values.length) {
            values = Arrays.copyOf(values, Math.max(row + 1, values.length + (values.length >> 1)));
        }
    }
}

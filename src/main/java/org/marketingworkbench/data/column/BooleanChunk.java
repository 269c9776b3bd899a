package org.marketingworkbench.data.column;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.marketingworkbench.data.value.BooleanParser;
import org.marketingworkbench.data.value.Outcome;

/** True/false cells of one chunk, one byte a row: 1 true, 0 false, -1 missing (Tablesaw's coding). */
public final class BooleanChunk implements ColumnChunk {

    public static final byte MISSING = -1;

    private final BooleanParser parser = new BooleanParser();
    private final MisfitList misfits = new MisfitList();
    private final LineCursor cursor;
    private byte[] values;
    private int size;

    public BooleanChunk(int capacity, LineCursor cursor) {
        this.cursor = cursor;
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
            misfits.add(row, cursor.line(), new String(bytes, start, end - start, StandardCharsets.UTF_8));
        }
        setMissing(row);
    }

    @Override
    public void setMissing(int row) {
        ensure(row);
        values[row] = MISSING;
    }

    @Override
    public void forget(int row) {
        misfits.forget(row);
    }

    @Override
    public MisfitList misfits() {
        return misfits;
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

package org.marketingworkbench.data.column;

import java.nio.charset.StandardCharsets;

/** What the typed chunks share: the cells that did not fit, with the line the reader was on. */
abstract class ParsingChunk implements ColumnChunk {

    private final MisfitList misfits = new MisfitList();
    private final LineCursor cursor;

    ParsingChunk(LineCursor cursor) {
        this.cursor = cursor;
    }

    /** Records the cell {@code bytes[start, end)} of row {@code row} as not fitting, and leaves it missing. */
    final void misfit(int row, byte[] bytes, int start, int end) {
        misfits.add(row, cursor.line(), new String(bytes, start, end - start, StandardCharsets.UTF_8));
        setMissing(row);
    }

    @Override
    public final void forget(int row) {
        misfits.forget(row);
    }

    @Override
    public final MisfitList misfits() {
        return misfits;
    }
}

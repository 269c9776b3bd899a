package org.marketingworkbench.data.column;

/** The line of the file the reader is on, so chunks can say where a misfit was. One per reading thread. */
public final class LineCursor {

    private long line;

    public long line() {
        return line;
    }

    public void moveTo(long value) {
        line = value;
    }
}

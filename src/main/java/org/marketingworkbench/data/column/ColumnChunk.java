package org.marketingworkbench.data.column;

/**
 * The values of one column for a run of consecutive rows, read straight from UTF-8 bytes into
 * primitive arrays. Rows arrive in order; a row may arrive again after {@link #forget} when the
 * reader had to fetch more of the file in the middle of it. One chunk per reading thread.
 */
public interface ColumnChunk {

    /** Reads the cell {@code bytes[start, end)} of row {@code row} (relative to the chunk). */
    void set(int row, byte[] bytes, int start, int end);

    /** Row {@code row} has no cell for this column (a short row). */
    void setMissing(int row);

    /** Forgets what row {@code row} recorded, before it is read again. */
    void forget(int row);

    /** The cells that did not fit. */
    MisfitList misfits();
}

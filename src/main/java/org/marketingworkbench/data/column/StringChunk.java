package org.marketingworkbench.data.column;

import java.util.Arrays;
import org.marketingworkbench.data.value.FormulaMark;
import org.marketingworkbench.data.value.MissingMarkers;

/**
 * Text cells of one chunk as codes into a dictionary of the chunk's distinct values (the same
 * encoding Tablesaw's StringColumn uses), so reading a category makes a String only the first
 * time the chunk sees it. Text is kept as written; only missing markers become missing, and the
 * apostrophe our exports put before formula-like text is dropped ({@link FormulaMark}).
 */
public final class StringChunk implements ColumnChunk {

    /** Marks a missing cell in {@link #codes()}. */
    public static final int MISSING = -1;

    private final ByteDictionary dictionary = new ByteDictionary();
    private final MisfitList misfits = new MisfitList();
    private int[] codes;
    private int size;

    public StringChunk(int capacity) {
        this.codes = new int[Math.max(16, capacity)];
    }

    @Override
    public void set(int row, byte[] bytes, int start, int end) {
        ensure(row);
        codes[row] = MissingMarkers.isMissing(bytes, start, end) ? MISSING
                : dictionary.codeOf(bytes, FormulaMark.contentStart(bytes, start, end), end);
    }

    @Override
    public void setMissing(int row) {
        ensure(row);
        codes[row] = MISSING;
    }

    @Override
    public void forget(int row) {
        // a text cell never misfits, and a value seen again gets its old code
    }

    @Override
    public MisfitList misfits() {
        return misfits;
    }

    public int size() {
        return size;
    }

    /** A code per row: an index into the distinct values, or {@link #MISSING}. */
    public int[] codes() {
        return codes;
    }

    /** How many distinct values the chunk holds. */
    public int distinct() {
        return dictionary.size();
    }

    /** The UTF-8 bytes of distinct value {@code code} are {@code pool()[offset, offset + length)}. */
    public byte[] pool() {
        return dictionary.pool();
    }

    public int offset(int code) {
        return dictionary.offset(code);
    }

    public int length(int code) {
        return dictionary.length(code);
    }

    private void ensure(int row) {
        if (row >= size) {
            size = row + 1;
        }
        if (row >= codes.length) {
            codes = Arrays.copyOf(codes, Math.max(row + 1, codes.length + (codes.length >> 1)));
        }
    }
}

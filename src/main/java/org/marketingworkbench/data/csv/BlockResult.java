package org.marketingworkbench.data.csv;

import java.util.List;
import org.marketingworkbench.data.RaggedRow;
import org.marketingworkbench.data.column.ColumnChunk;

/**
 * What one block of the file held. Rows and lines are relative to the block until the blocks
 * are joined.
 *
 * @param start             the file position of the block's first record
 * @param end               the file position after its last record
 * @param aborted           a guess about where the block starts proved wrong (a record grew
 *                          too long); the block must be read again from the right place
 * @param rows              records read
 * @param lines             lines those records (and skipped blank lines) span
 * @param chunks            the values of each column (entries are cleared once joined)
 * @param shortRows         records with too few fields
 * @param longRows          records with too many fields
 * @param ragged            the first records with too few or too many fields
 * @param extras            fields past the last column
 * @param blankLines        blank lines skipped
 * @param unclosedQuoteLine the relative line of a quote that is never closed, or -1
 */
record BlockResult(long start, long end, boolean aborted, int rows, long lines, ColumnChunk[] chunks,
        int shortRows, int longRows, List<RaggedRow> ragged, List<ExtraCell> extras, int blankLines,
        long unclosedQuoteLine) {

    int raggedCount() {
        return shortRows + longRows;
    }

    static BlockResult aborted(long start) {
        return new BlockResult(start, start, true, 0, 0, new ColumnChunk[0], 0, 0, List.of(), List.of(), 0, -1);
    }
}

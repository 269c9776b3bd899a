package org.marketingworkbench.data.csv;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.data.RaggedRow;
import org.marketingworkbench.data.column.Chunks;
import org.marketingworkbench.data.column.ColumnChunk;
import org.marketingworkbench.data.column.LineCursor;
import org.marketingworkbench.data.text.CsvTokenizer;

/**
 * Reads the records that start inside one block of a UTF-8 CSV file straight into column
 * chunks: bytes in, primitive arrays out, no String per number. One instance per block.
 */
final class BlockParser {

    /** A record may be read without fetching more of the file when this much is left in the window. */
    private static final int READ_AHEAD = 1 << 16;
    private static final int KEPT_RAGGED_ROWS = 1000;

    private final FileChannel channel;
    private final long fileSize;
    private final CsvLayout layout;
    private final CsvTokenizer tokenizer;
    private final LineCursor cursor = new LineCursor();

    private final BufferPool buffers;

    BlockParser(FileChannel channel, long fileSize, CsvLayout layout, BufferPool buffers) {
        this.channel = channel;
        this.fileSize = fileSize;
        this.layout = layout;
        this.buffers = buffers;
        this.tokenizer = new CsvTokenizer(layout.delimiter(), layout.terminator());
    }

    /** The first position at or after {@code nominal} that follows a record end byte, as a guessed block start. */
    long recordStartAfter(long nominal) throws IOException {
        BlockBuffer window = new BlockBuffer(channel, fileSize, new byte[READ_AHEAD]);
        window.load(nominal - 1);
        while (true) {
            byte[] bytes = window.bytes();
            for (int i = 0; i < window.length(); i++) {
                if (bytes[i] == layout.terminator()) {
                    return window.fileOffset() + i + 1;
                }
            }
            if (window.atEnd()) {
                return fileSize;
            }
            window.advance(window.length());
        }
    }

    /**
     * Reads every record that starts in {@code [start, stopBefore)}.
     *
     * @param longestRecord give up (an aborted result) when one record grows past this many bytes:
     *                      a wrong guess of the block start inside a quoted field reads on and on
     */
    BlockResult parse(long start, long stopBefore, long longestRecord) throws IOException {
        int span = (int) Math.min(Integer.MAX_VALUE - 2 * READ_AHEAD, Math.max(0, stopBefore - start));
        BlockBuffer window = new BlockBuffer(channel, fileSize, buffers.take(span + READ_AHEAD));
        try {
            window.load(start);
            return read(window, start, stopBefore, longestRecord, span);
        } finally {
            buffers.give(window.bytes());
        }
    }

    private BlockResult read(BlockBuffer window, long start, long stopBefore, long longestRecord, int span)
            throws IOException {
        int columns = layout.columns();
        int capacity = (int) Math.min(Integer.MAX_VALUE - 16, span / layout.bytesPerRecord() * 1.1 + 16);
        ColumnChunk[] chunks = new ColumnChunk[columns];
        for (int c = 0; c < columns; c++) {
            chunks[c] = Chunks.forPlan(layout.plans().get(c), capacity, cursor);
        }
        List<RaggedRow> ragged = new ArrayList<>();
        List<ExtraCell> extras = new ArrayList<>();
        int shortRows = 0;
        int longRows = 0;
        int blankLines = 0;
        long unclosedQuote = -1;
        int row = 0;
        long line = 0;
        int position = 0;
        while (window.fileOffset() + position < stopBefore && window.fileOffset() + position < fileSize) {
            if (window.length() - position < READ_AHEAD && !window.atEnd()) {
                window.advance(position);
                position = 0;
            }
            int recordStart = position;
            cursor.moveTo(line);
            int fields = 0;
            int breaks = 0;
            boolean blank = false;
            while (true) {
                int next = tokenizer.next(window.bytes(), position, window.length(), window.atEnd());
                if (next == CsvTokenizer.NEED_MORE) {
                    forget(chunks, Math.min(fields, columns), row, extras);
                    if (window.length() - recordStart > longestRecord) {
                        return BlockResult.aborted(start);
                    }
                    window.advance(recordStart);
                    position = 0;
                    recordStart = 0;
                    fields = 0;
                    breaks = 0;
                    continue;
                }
                breaks += tokenizer.lineBreaks();
                if (fields < columns) {
                    chunks[fields].set(row, tokenizer.bytes(), tokenizer.start(), tokenizer.end());
                } else {
                    extras.add(new ExtraCell(row, fields, text()));
                }
                fields++;
                position = next;
                if (tokenizer.endOfRecord()) {
                    blank = fields == 1 && tokenizer.start() == tokenizer.end() && !tokenizer.quoted();
                    unclosedQuote = tokenizer.unclosedQuote() && unclosedQuote < 0 ? line : unclosedQuote;
                    break;
                }
            }
            if (blank && columns > 0) {
                blankLines++;
                line += 1 + breaks;
                continue;
            }
            if (fields != columns) {
                for (int c = fields; c < columns; c++) {
                    chunks[c].setMissing(row);
                }
                shortRows += fields < columns ? 1 : 0;
                longRows += fields > columns ? 1 : 0;
                boolean firstOfItsKind = fields < columns ? shortRows == 1 : longRows == 1;
                if (ragged.size() < KEPT_RAGGED_ROWS || firstOfItsKind) {
                    ragged.add(new RaggedRow(row, line, fields, columns));
                }
            }
            row++;
            line += 1 + breaks;
        }
        long end = window.fileOffset() + position;
        return new BlockResult(start, end, false, row, line, chunks, shortRows, longRows, ragged, extras, blankLines,
                unclosedQuote);
    }

    /** Chunks with no rows, for a block that holds no record. */
    static ColumnChunk[] emptyChunks(CsvLayout layout) {
        ColumnChunk[] chunks = new ColumnChunk[layout.columns()];
        LineCursor cursor = new LineCursor();
        for (int c = 0; c < chunks.length; c++) {
            chunks[c] = Chunks.forPlan(layout.plans().get(c), 0, cursor);
        }
        return chunks;
    }

    private String text() {
        return new String(tokenizer.bytes(), tokenizer.start(), tokenizer.end() - tokenizer.start(),
                StandardCharsets.UTF_8);
    }

    private static void forget(ColumnChunk[] chunks, int filled, int row, List<ExtraCell> extras) {
        for (int c = 0; c < filled; c++) {
            chunks[c].forget(row);
        }
        while (!extras.isEmpty() && extras.get(extras.size() - 1).row() == row) {
            extras.remove(extras.size() - 1);
        }
    }
}

package org.marketingworkbench.data.csv;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.Notice;
import org.marketingworkbench.data.RaggedRow;
import org.marketingworkbench.data.column.ChunkRun;
import org.marketingworkbench.data.column.ColumnMerger;
import org.marketingworkbench.data.column.MergedColumn;
import org.marketingworkbench.data.column.StringChunk;
import org.marketingworkbench.data.column.TableAssembler;
import org.marketingworkbench.data.column.TextFallback;
import org.marketingworkbench.data.value.ColumnPlan;
import org.marketingworkbench.i18n.Messages;

/**
 * Reads a UTF-8 CSV file into a table with the sniffed layout: all columns in parallel blocks,
 * then, rarely, the columns whose guessed type too many cells missed once more as text, and
 * the fields of long records into extra text columns.
 */
final class CsvTableBuilder {

    /** The table and what the reading found. */
    record Built(TableAssembler.Assembled assembled, int rows, int raggedCount, List<RaggedRow> ragged,
            List<Notice> notices) {
    }

    private final FileChannel channel;
    private final long fileSize;
    private final int threads;
    private final int blockSize;

    CsvTableBuilder(FileChannel channel, long fileSize, int threads, int blockSize) {
        this.channel = channel;
        this.fileSize = fileSize;
        this.threads = threads;
        this.blockSize = blockSize;
    }

    Built build(String tableName, long dataStart, SniffedCsv sniffed, Progress progress) throws IOException {
        String message = Messages.get("data.progress.reading", tableName);
        List<BlockResult> blocks = read(sniffed, sniffed.plans(), dataStart, progress.slice(0, 0.9), message);
        int rows = rowCount(blocks);
        List<MergedColumn> merged = new ArrayList<>();
        List<Integer> retry = new ArrayList<>();
        for (int c = 0; c < sniffed.names().size(); c++) {
            MergedColumn column = merge(sniffed.names().get(c), sniffed.plans().get(c), blocks, c, rows);
            merged.add(column);
            if (!sniffed.plans().get(c).exact() && TextFallback.needed(column)) {
                retry.add(c);
            }
        }
        List<TextFallback> fallbacks = new ArrayList<>(Collections.nCopies(merged.size(), (TextFallback) null));
        if (!retry.isEmpty()) {
            List<ColumnPlan> textPlans = new ArrayList<>(Collections.nCopies(merged.size(), (ColumnPlan) null));
            for (int c : retry) {
                textPlans.set(c, ColumnPlan.starting(ColumnType.TEXT));
            }
            List<BlockResult> again = read(sniffed, textPlans, dataStart, progress.slice(0.9, 1), message);
            for (int c : retry) {
                fallbacks.set(c, TextFallback.of(merged.get(c)));
                merged.set(c, merge(sniffed.names().get(c), textPlans.get(c), again, c, rows));
            }
        }
        List<Notice> notices = new ArrayList<>();
        List<String> extraNames = extraColumns(blocks, sniffed, rows, merged);
        int shortRows = 0;
        int longRows = 0;
        List<RaggedRow> ragged = new ArrayList<>();
        int blankLines = 0;
        int firstRow = 0;
        long firstLine = sniffed.dataStartLine();
        for (BlockResult block : blocks) {
            shortRows += block.shortRows();
            longRows += block.longRows();
            for (RaggedRow row : block.ragged()) {
                ragged.add(new RaggedRow(row.row() + firstRow, row.line() + firstLine, row.fields(), row.expected()));
            }
            blankLines += block.blankLines();
            if (block.unclosedQuoteLine() >= 0 && notices.isEmpty()) {
                notices.add(Notice.of("data.notice.unclosedQuote", block.unclosedQuoteLine() + firstLine));
            }
            firstRow += block.rows();
            firstLine += block.lines();
        }
        notices.addAll(RaggedNotices.of(ragged, shortRows, longRows, sniffed.names().size(), extraNames));
        if (blankLines > 0) {
            notices.add(Notice.of("data.notice.blankLines", blankLines));
        }
        List<ColumnPlan> plans = new ArrayList<>(sniffed.plans());
        TableAssembler.Assembled assembled = TableAssembler.assemble(tableName, plans, merged, fallbacks);
        return new Built(assembled, rows, shortRows + longRows, ragged, notices);
    }

    private List<BlockResult> read(SniffedCsv sniffed, List<ColumnPlan> plans, long dataStart, Progress progress,
            String message) throws IOException {
        CsvLayout layout = new CsvLayout(sniffed.delimiter(), sniffed.terminator(), plans, sniffed.bytesPerRecord());
        return new ParallelCsvReader(channel, fileSize, layout, threads, blockSize).read(dataStart, progress, message);
    }

    private static int rowCount(List<BlockResult> blocks) {
        long rows = 0;
        for (BlockResult block : blocks) {
            rows += block.rows();
        }
        if (rows > Integer.MAX_VALUE - 16) {
            throw new BadInputException("data.error.tooManyRows", rows);
        }
        return (int) rows;
    }

    /** Joins one column's chunks and lets go of them, so memory holds one copy of the column at a time. */
    private static MergedColumn merge(String name, ColumnPlan plan, List<BlockResult> blocks, int column, int rows) {
        List<ChunkRun> runs = new ArrayList<>(blocks.size());
        int firstRow = 0;
        long firstLine = 0;
        for (BlockResult block : blocks) {
            runs.add(new ChunkRun(block.chunks()[column], firstRow, block.rows(), firstLine));
            firstRow += block.rows();
            firstLine += block.lines();
        }
        MergedColumn merged = ColumnMerger.merge(name, plan, runs, rows);
        for (BlockResult block : blocks) {
            block.chunks()[column] = null;
        }
        return merged;
    }

    /** Text columns for the fields past the last column of long records; returns their names. */
    private static List<String> extraColumns(List<BlockResult> blocks, SniffedCsv sniffed, int rows,
            List<MergedColumn> merged) {
        int widest = sniffed.names().size();
        for (BlockResult block : blocks) {
            for (ExtraCell cell : block.extras()) {
                widest = Math.max(widest, cell.column() + 1);
            }
        }
        List<String> names = new ArrayList<>();
        for (int column = sniffed.names().size(); column < widest; column++) {
            String name = sniffed.header() ? "column_" + (column + 1) : Integer.toString(column);
            StringChunk chunk = new StringChunk(rows);
            int firstRow = 0;
            int next = 0;
            for (BlockResult block : blocks) {
                for (ExtraCell cell : block.extras()) {
                    if (cell.column() == column) {
                        int row = firstRow + cell.row();
                        for (; next < row; next++) {
                            chunk.setMissing(next);
                        }
                        byte[] bytes = cell.text().getBytes(StandardCharsets.UTF_8);
                        chunk.set(row, bytes, 0, bytes.length);
                        next = row + 1;
                    }
                }
                firstRow += block.rows();
            }
            for (; next < rows; next++) {
                chunk.setMissing(next);
            }
            List<ChunkRun> runs = List.of(new ChunkRun(chunk, 0, rows, 0));
            merged.add(ColumnMerger.merge(name, ColumnPlan.starting(ColumnType.TEXT), runs, rows));
            names.add(name);
        }
        return names;
    }
}

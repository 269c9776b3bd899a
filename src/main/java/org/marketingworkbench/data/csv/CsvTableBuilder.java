package org.marketingworkbench.data.csv;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.Notice;
import org.marketingworkbench.data.RaggedRow;
import org.marketingworkbench.data.column.ChunkRun;
import org.marketingworkbench.data.column.ColumnBuilder;
import org.marketingworkbench.data.column.ColumnNames;
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
        int columns = sniffed.names().size();
        BlockAccumulator first = read(sniffed, sniffed.plans(), dataStart, progress.slice(0, 0.9), message);
        int rows = first.rows();
        List<MergedColumn> merged = new ArrayList<>();
        List<ColumnPlan> retry = new ArrayList<>(Collections.nCopies(columns, (ColumnPlan) null));
        boolean retrying = false;
        for (int c = 0; c < columns; c++) {
            MergedColumn column = first.builder(c).finish();
            merged.add(column);
            if (!sniffed.plans().get(c).exact() && TextFallback.needed(column)) {
                retry.set(c, ColumnPlan.starting(ColumnType.TEXT));
                retrying = true;
            }
        }
        List<TextFallback> fallbacks = new ArrayList<>(Collections.nCopies(columns, (TextFallback) null));
        if (retrying) {
            BlockAccumulator again = read(sniffed, retry, dataStart, progress.slice(0.9, 1), message);
            for (int c = 0; c < columns; c++) {
                if (retry.get(c) != null) {
                    fallbacks.set(c, TextFallback.of(merged.get(c)));
                    merged.set(c, again.builder(c).finish());
                }
            }
        }
        List<String> extraNames = extraColumns(first.extras(), columns, sniffed.header(), rows, merged);
        List<Notice> notices = new ArrayList<>();
        if (first.unclosedQuoteLine() >= 0) {
            notices.add(Notice.of("data.notice.unclosedQuote", first.unclosedQuoteLine()));
        }
        notices.addAll(RaggedNotices.of(first.ragged(), first.shortRows(), first.longRows(), columns, extraNames));
        if (first.blankLines() > 0) {
            notices.add(Notice.of("data.notice.blankLines", first.blankLines()));
        }
        TableAssembler.Assembled assembled = TableAssembler.assemble(tableName, sniffed.plans(), merged, fallbacks);
        return new Built(assembled, rows, first.shortRows() + first.longRows(), first.ragged(), notices);
    }

    /** One pass over the file with a builder for each planned column (null plans are skipped). */
    private BlockAccumulator read(SniffedCsv sniffed, List<ColumnPlan> plans, long dataStart, Progress progress,
            String message) throws IOException {
        ColumnBuilder[] builders = new ColumnBuilder[plans.size()];
        for (int c = 0; c < builders.length; c++) {
            ColumnPlan plan = plans.get(c);
            builders[c] = plan == null ? null : ColumnMerger.builder(sniffed.names().get(c), plan);
        }
        BlockAccumulator accumulator = new BlockAccumulator(builders, sniffed.dataStartLine());
        CsvLayout layout = new CsvLayout(sniffed.delimiter(), sniffed.terminator(), plans, sniffed.bytesPerRecord());
        new ParallelCsvReader(channel, fileSize, layout, threads, blockSize).read(dataStart, progress, message,
                accumulator);
        return accumulator;
    }

    /** Text columns for the fields past the last column of long records; returns their names. */
    private static List<String> extraColumns(List<ExtraCell> extras, int columns, boolean header, int rows,
            List<MergedColumn> merged) {
        int widest = columns;
        for (ExtraCell cell : extras) {
            widest = Math.max(widest, cell.column() + 1);
        }
        List<String> names = new ArrayList<>();
        for (int column = columns; column < widest; column++) {
            List<String> taken = merged.stream().map(m -> m.column().name()).toList();
            String name = ColumnNames.unused(header ? "column_" + (column + 1) : Integer.toString(column), taken);
            StringChunk chunk = new StringChunk(rows);
            for (int row = 0; row < rows; row++) {
                chunk.setMissing(row);
            }
            for (ExtraCell cell : extras) {
                if (cell.column() == column) {
                    byte[] bytes = cell.text().getBytes(StandardCharsets.UTF_8);
                    chunk.set(cell.row(), bytes, 0, bytes.length);
                }
            }
            List<ChunkRun> runs = List.of(new ChunkRun(chunk, 0, rows, 0));
            merged.add(ColumnMerger.merge(name, ColumnPlan.starting(ColumnType.TEXT), runs, rows));
            names.add(name);
        }
        return names;
    }
}

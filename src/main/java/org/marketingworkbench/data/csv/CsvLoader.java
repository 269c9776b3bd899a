package org.marketingworkbench.data.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.DataPreview;
import org.marketingworkbench.data.FileFormat;
import org.marketingworkbench.data.Layout;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.data.LoadReport;
import org.marketingworkbench.data.LoadedTable;
import org.marketingworkbench.data.Notice;
import org.marketingworkbench.data.text.EncodingGuess;
import org.marketingworkbench.data.text.Utf8Transcoder;
import org.marketingworkbench.data.value.ColumnPlan;
import org.marketingworkbench.i18n.Messages;

/**
 * Loads delimited text files (.csv, .tsv, .txt): detects the encoding, rewrites non-UTF-8
 * files as UTF-8 in a temporary file, sniffs the layout from the first megabyte and reads the
 * rest in parallel blocks. The file is opened read-only, once.
 */
public final class CsvLoader {

    static final int HEAD_BYTES = 1 << 20;
    static final int BLOCK_SIZE = 4 << 20;

    private final int threads;
    private final int blockSize;

    public CsvLoader() {
        this(Math.min(8, Runtime.getRuntime().availableProcessors()), BLOCK_SIZE);
    }

    /** A loader with a given parallelism and block size (small blocks let tests cross block borders). */
    public CsvLoader(int threads, int blockSize) {
        this.threads = Math.max(1, threads);
        this.blockSize = blockSize;
    }

    public LoadedTable load(Path path, LoadOptions options, Progress progress) throws IOException {
        String name = path.getFileName().toString();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = readHead(channel, 0, size);
            EncodingGuess encoding = TextEncoding.detect(name, head, head.length == size, options);
            TextEncoding.requireReadable(name, encoding);
            if (isUtf8(encoding.charset())) {
                return loadUtf8(name, channel, size, encoding.bomLength(), encoding, options, progress, 0);
            }
            Utf8Transcoder.Transcoded transcoded = Utf8Transcoder.toTemporaryFile(channel, encoding.bomLength(),
                    encoding.charset(), progress.slice(0, 0.3), Messages.get("data.progress.converting", name));
            try (FileChannel utf8 = FileChannel.open(transcoded.file(), StandardOpenOption.READ)) {
                return loadUtf8(name, utf8, utf8.size(), 0, encoding, options, progress.slice(0.3, 1),
                        transcoded.undecodable());
            } finally {
                Files.deleteIfExists(transcoded.file());
            }
        }
    }

    /** The first {@code rows} records as text, read with the detected or chosen settings. */
    public DataPreview preview(Path path, LoadOptions options, int rows) throws IOException {
        String name = path.getFileName().toString();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = readHead(channel, 0, size);
            boolean whole = head.length == size;
            EncodingGuess encoding = TextEncoding.detect(name, head, whole, options);
            byte[] text = Arrays.copyOfRange(head, encoding.bomLength(), head.length);
            if (!isUtf8(encoding.charset())) {
                text = new String(text, encoding.charset()).getBytes(StandardCharsets.UTF_8);
            }
            SniffedCsv sniffed = CsvLayoutSniffer.sniff(text, text.length, whole, options);
            if (sniffed == null) {
                throw new BadInputException("data.error.empty", name);
            }
            List<List<String>> shown = sniffed.dataRecords().stream().limit(rows).map(List::of).toList();
            List<ColumnType> types = sniffed.plans().stream().map(ColumnPlan::type).toList();
            Layout layout = new Layout(FileFormat.TEXT, encoding.charset(), encoding.detected(),
                    (char) sniffed.delimiter(), sniffed.delimiterDetected(), sniffed.header(), sniffed.headerDetected(),
                    null);
            List<Notice> notices = new ArrayList<>(TextEncoding.notices(encoding, 0));
            sniffed.renames().forEach(rename -> notices.add(rename.notice()));
            return new DataPreview(layout, sniffed.names(), shown, types, List.of(), notices);
        }
    }

    private LoadedTable loadUtf8(String name, FileChannel channel, long size, int textStart, EncodingGuess encoding,
            LoadOptions options, Progress progress, long undecodable) throws IOException {
        byte[] head = readHead(channel, textStart, size);
        boolean whole = textStart + head.length == size;
        SniffedCsv sniffed = CsvLayoutSniffer.sniff(head, head.length, whole, options);
        if (sniffed == null) {
            throw new BadInputException("data.error.empty", name);
        }
        progress.update(0, 1, Messages.get("data.progress.reading", name));
        CsvTableBuilder.Built built = new CsvTableBuilder(channel, size, threads, blockSize)
                .build(FileFormat.baseName(name), textStart + sniffed.dataStart(), sniffed, progress);
        List<Notice> notices = new ArrayList<>(TextEncoding.notices(encoding, undecodable));
        if (built.rows() == 0) {
            notices.add(Notice.of("data.notice.headerOnly", name));
        }
        notices.addAll(built.notices());
        sniffed.renames().forEach(rename -> notices.add(rename.notice()));
        notices.addAll(built.assembled().notices());
        Layout layout = new Layout(FileFormat.TEXT, encoding.charset(), encoding.detected(), (char) sniffed.delimiter(),
                sniffed.delimiterDetected(), sniffed.header(), sniffed.headerDetected(), null);
        LoadReport report = new LoadReport(layout, built.rows(), built.assembled().table().columnCount(),
                built.raggedCount(), built.ragged(), built.assembled().misfits(), sniffed.renames(), notices);
        return new LoadedTable(built.assembled().table(), built.assembled().types(), report);
    }

    /** Up to the first megabyte of the file from {@code from} on. */
    static byte[] readHead(FileChannel channel, long from, long size) throws IOException {
        int length = (int) Math.min(HEAD_BYTES, Math.max(0, size - from));
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, from + buffer.position()) < 0) {
                throw new FileChangedException("");
            }
        }
        return buffer.array();
    }

    static boolean isUtf8(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII);
    }
}

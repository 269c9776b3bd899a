package org.marketingworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.data.LoadedTable;
import org.marketingworkbench.data.Misfit;
import org.marketingworkbench.data.Notice;
import tech.tablesaw.api.Table;

/**
 * Reading in many small blocks on two threads gives exactly what one thread reading the whole
 * file gives: the same cells, the same misfits and ragged rows with the same file lines, even
 * where a quoted field with line breaks spans a block border.
 */
class ParallelCsvReaderTest {

    @TempDir
    Path dir;

    private static final int ROWS = 3_000;

    /** Rows with numbers, a category, quoted notes that span lines, a stray text and short rows. */
    private Path messyFile() throws IOException {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder("id,amount,channel,note\n");
        for (int i = 0; i < ROWS; i++) {
            text.append(i).append(',');
            text.append(i % 997 == 500 ? "unknown" : Integer.toString(random.nextInt(1000))).append(',');
            text.append(random.nextBoolean() ? "web" : "app");
            if (i % 211 == 100) {
                text.append('\n');
                continue;
            }
            text.append(',');
            if (random.nextInt(4) == 0) {
                text.append("\"line one, with comma\nline \"\"two\"\"\nline three\"");
            } else {
                text.append("plain ").append(i);
            }
            text.append(i % 2 == 0 ? "\r\n" : "\n");
        }
        return Files.writeString(dir.resolve("messy.csv"), text.toString());
    }

    private static LoadedTable load(Path file, int threads, int blockSize) throws IOException {
        return new CsvLoader(threads, blockSize).load(file, LoadOptions.detect(), Progress.none());
    }

    @Test
    void smallBlocksOnTwoThreadsReadWhatOneThreadReads() throws IOException {
        Path file = messyFile();
        LoadedTable whole = load(file, 1, 1 << 30);
        LoadedTable blocks = load(file, 2, 512);
        Table expected = whole.table();
        Table actual = blocks.table();
        assertThat(actual.rowCount()).isEqualTo(ROWS);
        assertThat(actual.columnNames()).isEqualTo(expected.columnNames());
        for (String name : expected.columnNames()) {
            assertThat(actual.column(name).asList()).as(name).isEqualTo(expected.column(name).asList());
        }
        assertThat(blocks.types()).isEqualTo(whole.types());
        assertThat(blocks.report()).isEqualTo(whole.report());
    }

    @Test
    void misfitsAndRaggedRowsCarryTheirFileLines() throws IOException {
        LoadedTable blocks = load(messyFile(), 2, 512);
        // id 500 is the first "unknown" amount: its line is 2 + 500 + the line breaks of the quoted
        // notes above it, which the one-thread read counts the same way; check against the file itself
        Misfit first = blocks.report().misfits("amount").orElseThrow().misfits().get(0);
        assertThat(first.row()).isEqualTo(500);
        assertThat(first.text()).isEqualTo("unknown");
        assertThat(lineOf(messyFileText(), "\n500,unknown")).isEqualTo(first.line());
        assertThat(blocks.report().raggedRows().get(0).row()).isEqualTo(100);
        assertThat(lineOf(messyFileText(), "\n100,")).isEqualTo(blocks.report().raggedRows().get(0).line());
    }

    private String messyFileText() throws IOException {
        return Files.readString(dir.resolve("messy.csv"));
    }

    /** The 1-based line that starts right after {@code marker}'s leading line break. */
    private static long lineOf(String text, String marker) {
        int at = text.indexOf(marker);
        return text.substring(0, at + 1).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void aColumnThatStopsFittingAfterTheSampleIsReadAgainAsText() throws IOException {
        StringBuilder text = new StringBuilder("ref\n");
        // the sample (the first 5,000 records) sees numbers only; then 2,000 of 12,000 (17%) are codes
        for (int i = 0; i < 12_000; i++) {
            text.append(i < 10_000 ? Integer.toString(i) : "R-" + i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("refs.csv"), text.toString());
        LoadedTable loaded = load(file, 2, 4096);
        assertThat(loaded.types().get("ref")).isEqualTo(ColumnType.TEXT);
        assertThat(loaded.table().stringColumn("ref").get(11_999)).isEqualTo("R-11999");
        assertThat(loaded.table().stringColumn("ref").get(5)).isEqualTo("5");
        assertThat(loaded.report().notices()).extracting(Notice::key).contains("data.notice.column.readAsText");
        assertThat(loaded.report().misfits()).isEmpty();
    }

    @Test
    void wholeNumbersThatTurnDecimalAfterTheSampleBecomeDecimals() throws IOException {
        StringBuilder text = new StringBuilder("price\n");
        for (int i = 0; i < 12_000; i++) {
            text.append(i < 11_000 ? Integer.toString(i) : i + ".5").append('\n');
        }
        LoadedTable loaded = load(Files.writeString(dir.resolve("prices.csv"), text.toString()), 2, 4096);
        assertThat(loaded.types().get("price")).isEqualTo(ColumnType.DECIMAL);
        assertThat(loaded.table().doubleColumn("price").get(11_500)).isEqualTo(11_500.5);
        assertThat(loaded.table().doubleColumn("price").get(7)).isEqualTo(7.0);
    }

    @Test
    void aRecordLongerThanTheReadAheadIsReadWhole() throws IOException {
        String longNote = "x".repeat(300_000);
        StringBuilder text = new StringBuilder("id,note\n");
        for (int i = 0; i < 50; i++) {
            text.append(i).append(",\"").append(i == 20 ? longNote + "\n" + longNote : "short").append("\"\n");
        }
        Path file = Files.writeString(dir.resolve("long.csv"), text.toString());
        LoadedTable blocks = load(file, 2, 4096);
        assertThat(blocks.table().rowCount()).isEqualTo(50);
        assertThat(blocks.table().stringColumn("note").get(20)).hasSize(600_001);
        assertThat(blocks.table().intColumn("id").get(49)).isEqualTo(49);
    }

    @Test
    void cancellingStopsTheLoad() throws IOException {
        Path file = messyFile();
        Progress cancelled = new Progress() {
            @Override
            public void update(double done, double total, String message) {
                // nothing to show
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new CsvLoader(2, 512).load(file, LoadOptions.detect(), cancelled))
                .isInstanceOf(org.marketingworkbench.common.CancelledException.class);
    }
}

package org.marketingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;

/** Each kind of bad file gives one translated sentence that says what to do, and no stack trace. */
class BadInputTest {

    @TempDir
    Path dir;

    private static BadInputException failure(Path file, LoadOptions options) {
        try {
            DataLoader.load(file, options, Progress.none());
        } catch (BadInputException e) {
            return e;
        }
        throw new AssertionError("loading " + file + " did not fail");
    }

    /** The message exists in English and Chinese and names the file. */
    private static void assertTranslated(BadInputException e, String fileName) {
        assertThat(e.getMessage()).doesNotStartWith("!").contains(fileName);
        assertThat(Messages.get(Locale.SIMPLIFIED_CHINESE, e.key(), fileName)).doesNotStartWith("!").contains(fileName);
    }

    @Test
    void anEmptyFileSaysItIsEmpty() {
        BadInputException e = failure(TestFiles.write(dir, "empty.csv", ""), LoadOptions.detect());
        assertThat(e.key()).isEqualTo("data.error.empty");
        assertTranslated(e, "empty.csv");
    }

    @Test
    void aFileOfBlankLinesIsEmptyToo() {
        assertThat(failure(TestFiles.write(dir, "blank.csv", "\n\n  \n"), LoadOptions.detect()).key())
                .isEqualTo("data.error.empty");
    }

    @Test
    void aHeaderAloneIsAnEmptyTableWithANotice() {
        DataSource source = TestFiles.load(TestFiles.write(dir, "header.csv", "id,name,amount\n"));
        assertThat(source.table().columnNames()).containsExactly("id", "name", "amount");
        assertThat(source.table().rowCount()).isZero();
        assertThat(source.report().notices()).contains(Notice.of("data.notice.headerOnly", "header.csv"));
    }

    @Test
    void aBinaryFileRenamedCsvIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        BadInputException e = failure(TestFiles.write(dir, "picture.csv", png), LoadOptions.detect());
        assertThat(e.key()).isEqualTo("data.error.binary");
        assertTranslated(e, "picture.csv");
    }

    @Test
    void aGbkFileOpenedAsUtf8ProposesGb18030() {
        Path file = TestFiles.write(dir, "gbk.csv", "姓名,城市\n张伟,北京\n王芳,上海\n", Charset.forName("GBK"));
        BadInputException e = failure(file, LoadOptions.detect().withCharset(StandardCharsets.UTF_8));
        assertThat(e.key()).isEqualTo("data.error.wrongEncoding");
        assertThat(e.getMessage()).contains("gbk.csv", "UTF-8", "GB18030");
    }

    @Test
    void aMissingFileSaysSo() {
        BadInputException e = failure(dir.resolve("nowhere.csv"), LoadOptions.detect());
        assertThat(e.key()).isEqualTo("data.error.notFound");
        assertThat(e.getMessage()).contains("nowhere.csv");
    }

    @Test
    void aFileCutShortWhileLoadingSaysItChanged() throws IOException {
        StringBuilder text = new StringBuilder("id,amount\n");
        for (int i = 0; i < 1000; i++) {
            text.append(i).append(',').append(i * 3).append('\n');
        }
        Path file = TestFiles.write(dir, "growing.csv", text.toString());
        // the loader reports progress once the layout is known, before it reads the rows
        Progress truncating = new Progress() {
            @Override
            public void update(double done, double total, String message) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(10);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        assertThatThrownBy(() -> DataLoader.load(file, LoadOptions.detect(), truncating))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.key()).isEqualTo("data.error.changed");
                    assertTranslated(e, "growing.csv");
                });
    }

    @Test
    void aFileDeletedWhileLoadingIsReadToTheEndFromTheHandleOpenedAtTheStart() {
        // Windows refuses to delete an open file; elsewhere the open handle keeps the old content
        Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"));
        Path file = TestFiles.write(dir, "vanishing.csv", "id,amount\n1,10\n2,20\n3,30\n");
        Progress deleting = new Progress() {
            @Override
            public void update(double done, double total, String message) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        DataSource source = DataLoader.load(file, LoadOptions.detect(), deleting);
        assertThat(Files.exists(file)).isFalse();
        assertThat(source.table().intColumn("amount").asList()).containsExactly(10, 20, 30);
    }

    @Test
    void inputFilesAreNotModified() throws IOException {
        Path file = TestFiles.write(dir, "keep.csv", "a,b\n1,2\n");
        long modified = Files.getLastModifiedTime(file).toMillis();
        byte[] before = Files.readAllBytes(file);
        TestFiles.load(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
    }
}

package org.marketingworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.common.AtomicFiles;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CsvExporterTest {
    @TempDir
    Path folder;

    private static Table customers() {
        return Table.create("customers",
                StringColumn.create("name", "张伟", "=HYPERLINK(\"http://x\")", "@SUM(A1)"),
                StringColumn.create("note", "+1 loyal", "-bad", "plain, with comma"),
                DoubleColumn.create("balance", -12.5, 3.0, Double.NaN));
    }

    @Test
    void defaultExportStartsWithAUtf8ByteOrderMark() throws IOException {
        Path file = folder.resolve("out.csv");
        CsvExporter.withDefaults().write(customers(), file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("name,note,balance\r\n张伟,'+1 loyal,-12.5\r\n");
    }

    @Test
    void textCellsThatLookLikeFormulasAreGuardedButNumbersAreNot() throws IOException {
        Path file = folder.resolve("out.csv");
        CsvExporter.withDefaults().write(customers(), file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(2)).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'-bad,3");
        assertThat(lines.get(3)).isEqualTo("'@SUM(A1),\"plain, with comma\",");
        assertThat(lines.get(1)).endsWith(",-12.5");
    }

    @Test
    void guardedTextReadsBackToTheOriginal() {
        for (String original : new String[] {"=1+1", "+86 138", "-x", "@me", "\tindent", "'quoted", "plain"}) {
            assertThat(FormulaGuard.unguard(FormulaGuard.guard(original))).isEqualTo(original);
        }
        assertThat(FormulaGuard.guard("'quoted")).as("an apostrophe alone is not a formula").isEqualTo("'quoted");
    }

    @Test
    void aGuardedExportReadsBackThroughOurLoaderToTheSameText() throws IOException {
        Table original = Table.create("notes", StringColumn.create("note", "=SUM(A1:A9)", "+86 138 0013 8000",
                "-not a number", "@mention", "plain", "张伟"));
        Path file = folder.resolve("notes.csv");
        CsvExporter.withDefaults().write(original, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("'=SUM(A1:A9)");

        Table read = org.marketingworkbench.data.DataLoader.load(file, org.marketingworkbench.data.LoadOptions.detect(),
                org.marketingworkbench.common.Progress.none()).table();

        assertThat(read.stringColumn("note").asList()).containsExactlyElementsOf(original.stringColumn("note").asList());
    }

    @Test
    void gb18030ExportHasNoByteOrderMark() throws IOException {
        Path file = folder.resolve("gbk.csv");
        new CsvExporter(CsvExportOptions.defaults().withEncoding(CsvEncoding.GB18030)).write(customers(), file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) 'n');
        assertThat(new String(bytes, Charset.forName("GB18030"))).contains("张伟");
        // 张 is 0xD5 0xC5 in GB2312/GBK/GB18030
        assertThat(bytes).containsSequence((byte) 0xD5, (byte) 0xC5);
    }

    @Test
    void personalColumnsAreReplacedByAStableSaltedPseudonym() throws IOException {
        byte[] salt = "project-salt".getBytes(StandardCharsets.UTF_8);
        CsvExportOptions options = CsvExportOptions.defaults().pseudonymising(Set.of("name"), salt);
        Path file = folder.resolve("pii.csv");
        new CsvExporter(options).write(customers(), file);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("张伟").contains(new Pseudonymizer(salt).pseudonym("张伟"));
        assertThat(new Pseudonymizer(salt).pseudonym("张伟")).matches("pid_[0-9a-f]{16}")
                .isEqualTo(new Pseudonymizer(salt).pseudonym("张伟"))
                .isNotEqualTo(new Pseudonymizer("other".getBytes(StandardCharsets.UTF_8)).pseudonym("张伟"));
    }

    @Test
    void aPersonalColumnReadAsNumbersIsPseudonymisedToo() throws IOException {
        byte[] salt = "project-salt".getBytes(StandardCharsets.UTF_8);
        Table phones = Table.create("phones", LongColumn.create("phone", new long[] {13812345678L}));
        Path csv = folder.resolve("phones.csv");
        Path xlsx = folder.resolve("phones.xlsx");
        CsvExportOptions options = CsvExportOptions.defaults().pseudonymising(Set.of("phone"), salt);

        new CsvExporter(options).write(phones, csv);
        new XlsxExporter(options).write(phones, xlsx);

        Path rows = folder.resolve("rows.csv");
        new CsvExporter(options).writeRows(List.of("phone"), List.of(List.of(13812345678L)), rows);

        String pseudonym = new Pseudonymizer(salt).pseudonym("13812345678");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).doesNotContain("13812345678").contains(pseudonym);
        assertThat(Files.readString(rows, StandardCharsets.UTF_8)).doesNotContain("13812345678").contains(pseudonym);
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(pseudonym);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void aWriterThatFailsHalfWayLeavesThePreviousFileIntact() throws IOException {
        Path file = folder.resolve("keep.csv");
        Files.writeString(file, "previous");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("previous");
        assertThat(folder.toFile().list()).containsExactly("keep.csv");
    }

    @Test
    void rowValuesKeepNumbersAsNumbersAndGuardText() throws IOException {
        Path file = folder.resolve("values.csv");
        new CsvExporter(CsvExportOptions.defaults().withEncoding(CsvEncoding.UTF8)).writeRows(List.of("name", "lift", "n"),
                List.of(java.util.Arrays.asList("-x", Double.POSITIVE_INFINITY, 3), java.util.Arrays.asList(null, 0.25, -2)),
                file);

        assertThat(Files.readString(file)).isEqualTo("name,lift,n\r\n'-x,inf,3\r\n,0.25,-2\r\n");
    }

    @Test
    void rowsOfTextAreQuotedAsRfc4180Asks() throws IOException {
        Path file = folder.resolve("rows.csv");
        new CsvExporter(CsvExportOptions.defaults().withEncoding(CsvEncoding.UTF8))
                .writeRows(List.of("a", "b"), List.of(List.of("say \"hi\"", "two\nlines")), file);

        assertThat(Files.readString(file)).isEqualTo("a,b\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
    }
}

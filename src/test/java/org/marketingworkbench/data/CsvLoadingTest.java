package org.marketingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class CsvLoadingTest {

    @TempDir
    Path dir;

    @Test
    void quotedFieldsKeepDelimitersLineBreaksAndQuotes() {
        Path file = TestFiles.write(dir, "notes.csv",
                "id,note\r\n1,\"Li, Wei\"\r\n2,\"said \"\"hi\"\"\r\nand left\"\r\n3,plain\r\n");
        Table table = TestFiles.load(file).table();
        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.stringColumn("note").asList()).containsExactly("Li, Wei", "said \"hi\"\r\nand left", "plain");
    }

    @Test
    void tabsAndPipesAreDetected() {
        assertThat(TestFiles.load(TestFiles.write(dir, "a.tsv", "a\tb\n1\t2\n3\t4\n")).delimiter()).isEqualTo('\t');
        assertThat(TestFiles.load(TestFiles.write(dir, "b.txt", "a|b\n1|2\n3|4\n")).delimiter()).isEqualTo('|');
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheFirstName() {
        byte[] bytes = TestFiles.prefixed(new int[] {0xEF, 0xBB, 0xBF}, "城市,人数\n北京,3\n上海,4\n".getBytes(StandardCharsets.UTF_8));
        DataSource source = TestFiles.load(TestFiles.write(dir, "bom.csv", bytes));
        assertThat(source.table().columnNames()).containsExactly("城市", "人数");
        assertThat(source.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf16WithByteOrderMarkReadsInBothByteOrders() {
        String text = "城市,人数\n北京,3\n上海,4\n";
        byte[] little = TestFiles.prefixed(new int[] {0xFF, 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] big = TestFiles.prefixed(new int[] {0xFE, 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        for (byte[] bytes : new byte[][] {little, big}) {
            DataSource source = TestFiles.load(TestFiles.write(dir, "utf16.csv", bytes));
            assertThat(source.table().stringColumn("城市").asList()).containsExactly("北京", "上海");
            assertThat(source.table().intColumn("人数").asList()).containsExactly(3, 4);
        }
    }

    @Test
    void gb18030ChineseIsReadRightWithNoSetting() {
        // GBK has the full-width ￥ (A3A4) but not the Latin ¥, so Chinese files write ￥
        String text = "姓名,城市,消费金额\n张伟,北京,\"￥1,200\"\n王芳,深圳,￥88\n李娜,广州,空\n";
        DataSource source = TestFiles.load(TestFiles.write(dir, "客户.csv", text, Charset.forName("GBK")));
        assertThat(source.charset().name()).isEqualTo("GB18030");
        assertThat(source.report().layout().charsetDetected()).isTrue();
        assertThat(source.table().columnNames()).containsExactly("姓名", "城市", "消费金额");
        assertThat(source.table().stringColumn("姓名").asList()).containsExactly("张伟", "王芳", "李娜");
        assertThat(source.table().intColumn("消费金额").asList()).containsExactly(1200, 88, null);
    }

    @Test
    void westernTextIsReadAsWindows1252AndTheReportSaysSo() {
        String text = "name,city\nJosé,Zürich\nRenée,Besançon\n";
        DataSource source = TestFiles.load(TestFiles.write(dir, "west.csv", text, Charset.forName("windows-1252")));
        assertThat(source.table().stringColumn("name").asList()).containsExactly("José", "Renée");
        assertThat(source.report().notices()).contains(Notice.of("data.notice.westernEncoding", "windows-1252"));
    }

    @Test
    void percentagesAreFractionsAndTheReportSaysSo() {
        DataSource source = TestFiles.load(TestFiles.write(dir, "rates.csv", "channel,rate\nweb,50%\napp,12.5%\n"));
        assertThat(source.types().get("rate")).isEqualTo(ColumnType.DECIMAL);
        assertThat(source.table().doubleColumn("rate").asList()).containsExactly(0.5, 0.125);
        assertThat(source.report().notices()).extracting(Notice::key).contains("data.notice.column.percent");
    }

    @Test
    void thousandsSeparatorsAndCurrencySignsAreRead() {
        String text = "item;price\na;$1,234.50\nb;€ 2\nc;\"1,000\"\nd;¥3\n";
        DataSource source = TestFiles.load(TestFiles.write(dir, "prices.csv", text));
        assertThat(source.table().doubleColumn("price").asList()).containsExactly(1234.5, 2.0, 1000.0, 3.0);
        assertThat(source.report().notices()).extracting(Notice::key).contains("data.notice.column.currency");
    }

    @Test
    void missingMarkersAreMissingValues() {
        String text = "id,amount,city\n1,NA,北京\n2,n/a,无\n3,-,null\n4,7,空\n";
        Table table = TestFiles.load(TestFiles.write(dir, "gaps.csv", text)).table();
        assertThat(table.intColumn("amount").countMissing()).isEqualTo(3);
        assertThat(table.stringColumn("city").countMissing()).isEqualTo(3);
    }

    @Test
    void datesAndDateTimesInCommonFormatsAreTyped() {
        String text = "a,b,c,d\n2024-01-31,2024/1/31,31.01.2024,2024年1月31日 13:45\n"
                + "2024-02-01,2024/2/1,01.02.2024,2024年2月1日 08:00\n";
        DataSource source = TestFiles.load(TestFiles.write(dir, "dates.csv", text));
        for (String name : new String[] {"a", "b", "c"}) {
            assertThat(source.types().get(name)).isEqualTo(ColumnType.DATE);
            assertThat(source.table().dateColumn(name).get(0)).isEqualTo(LocalDate.of(2024, 1, 31));
        }
        assertThat(source.types().get("d")).isEqualTo(ColumnType.DATE_TIME);
        assertThat(source.table().dateTimeColumn("d").get(1)).isEqualTo(LocalDateTime.of(2024, 2, 1, 8, 0));
    }

    @Test
    void fewDistinctValuesMakeACategoryAndManyMakeText() {
        StringBuilder text = new StringBuilder("channel,comment\n");
        for (int i = 0; i < 40; i++) {
            text.append(i % 2 == 0 ? "web" : "app").append(",comment number ").append(i).append('\n');
        }
        DataSource source = TestFiles.load(TestFiles.write(dir, "comments.csv", text.toString()));
        assertThat(source.types().get("channel")).isEqualTo(ColumnType.CATEGORY);
        assertThat(source.types().get("comment")).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void userChoicesOverrideDetection() {
        Path file = TestFiles.write(dir, "plain.csv", "1;2\n3;4\n");
        DataSource source = TestFiles.load(file, LoadOptions.detect().withDelimiter(';').withHeader(false));
        assertThat(source.table().columnNames()).containsExactly("0", "1");
        assertThat(source.table().rowCount()).isEqualTo(2);
        assertThat(source.report().layout().delimiterDetected()).isFalse();
        assertThat(source.report().layout().headerDetected()).isFalse();
    }

    @Test
    void twoHundredColumnsLoad() {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < 4; row++) {
            for (int column = 0; column < 200; column++) {
                text.append(column > 0 ? "," : "").append(row == 0 ? "c" + column : Integer.toString(row * column));
            }
            text.append('\n');
        }
        DataSource source = TestFiles.load(TestFiles.write(dir, "wide.csv", text.toString()));
        assertThat(source.table().columnCount()).isEqualTo(200);
        assertThat(source.table().rowCount()).isEqualTo(3);
        // row 3 (the third data row), column 199: 3 * 199
        assertThat(source.table().intColumn("c199").get(2)).isEqualTo(597);
    }

    @Test
    void blankLinesAreSkippedAndCounted() {
        DataSource source = TestFiles.load(TestFiles.write(dir, "blank.csv", "a,b\n1,2\n\n3,4\n\n"));
        assertThat(source.table().rowCount()).isEqualTo(2);
        assertThat(source.report().notices()).contains(Notice.of("data.notice.blankLines", 2));
    }
}

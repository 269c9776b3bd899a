package org.marketingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live preview while the user changes the encoding, delimiter or header. */
class PreviewTest {

    @TempDir
    Path dir;

    private static final String CHINESE = "姓名;城市;金额\n张伟;北京;10\n王芳;上海;20\n李娜;广州;30\n";

    @Test
    void showsTheFirstRowsAsWrittenWithTheDetectedLayout() {
        Path file = TestFiles.write(dir, "p.csv", CHINESE);
        DataPreview preview = DataLoader.preview(file, LoadOptions.detect(), 2);
        assertThat(preview.layout().delimiter()).isEqualTo(';');
        assertThat(preview.layout().header()).isTrue();
        assertThat(preview.columns()).containsExactly("姓名", "城市", "金额");
        assertThat(preview.rows()).containsExactly(List.of("张伟", "北京", "10"), List.of("王芳", "上海", "20"));
        assertThat(preview.types()).containsExactly(ColumnType.TEXT, ColumnType.TEXT, ColumnType.INTEGER);
        assertThat(preview.notices()).isEmpty();
    }

    @Test
    void aWrongEncodingChoiceShowsANoticeInsteadOfFailing() {
        Path file = TestFiles.write(dir, "gbk.csv", CHINESE, Charset.forName("GBK"));
        DataPreview preview = DataLoader.preview(file, LoadOptions.detect().withCharset(StandardCharsets.UTF_8), 3);
        assertThat(preview.notices()).contains(Notice.of("data.notice.wrongEncoding", "UTF-8", "GB18030"));
        DataPreview fixed = DataLoader.preview(file, LoadOptions.detect().withCharset(Charset.forName("GB18030")), 3);
        assertThat(fixed.rows().get(0)).containsExactly("张伟", "北京", "10");
        assertThat(fixed.notices()).isEmpty();
    }

    @Test
    void followsTheDelimiterAndHeaderTheUserPicks() {
        Path file = TestFiles.write(dir, "p.csv", CHINESE);
        DataPreview preview = DataLoader.preview(file, LoadOptions.detect().withDelimiter(',').withHeader(false), 5);
        assertThat(preview.columns()).containsExactly("0");
        assertThat(preview.rows().get(0)).containsExactly("姓名;城市;金额");
        assertThat(preview.rows()).hasSize(4);
    }

    @Test
    void workbooksListTheirSheets() throws Exception {
        org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        workbook.createSheet("一月").createRow(0).createCell(0).setCellValue("name");
        workbook.getSheet("一月").createRow(1).createCell(0).setCellValue("Anna");
        workbook.createSheet("二月");
        Path file = dir.resolve("book.xlsx");
        try (workbook; var out = java.nio.file.Files.newOutputStream(file)) {
            workbook.write(out);
        }
        DataPreview preview = DataLoader.preview(file, LoadOptions.detect(), 10);
        assertThat(preview.sheets()).containsExactly("一月", "二月");
        assertThat(preview.rows()).containsExactly(List.of("Anna"));
        assertThat(DataLoader.sheetNames(TestFiles.write(dir, "x.csv", "a\n1\n"))).isEmpty();
    }
}

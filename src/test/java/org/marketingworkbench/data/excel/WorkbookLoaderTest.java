package org.marketingworkbench.data.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.data.Misfit;
import org.marketingworkbench.data.Notice;
import tech.tablesaw.api.Table;

class WorkbookLoaderTest {

    @TempDir
    Path dir;

    private Path save(Workbook workbook, String name) throws IOException {
        Path file = dir.resolve(name);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private static void row(Sheet sheet, int index, Object... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            Object cell = cells[c];
            if (cell instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else if (cell instanceof Boolean flag) {
                row.createCell(c).setCellValue(flag);
            } else if (cell != null) {
                row.createCell(c).setCellValue(cell.toString());
            }
        }
    }

    private static DataSource load(Path file, LoadOptions options) {
        return DataLoader.load(file, options, Progress.none());
    }

    /** "Sales" merged over Q1 and Q2; "Customer" and "Visits" merged down over both header rows. */
    private Path groupedHeader() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Sales");
        row(sheet, 0, "Customer", "Sales", null, "Visits");
        row(sheet, 1, null, "Q1", "Q2", null);
        row(sheet, 2, "Anna", 100, 200, 3);
        row(sheet, 3, "Ben", 50.5, 60, 1);
        sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
        sheet.addMergedRegion(new CellRangeAddress(0, 1, 3, 3));
        return save(workbook, "grouped.xlsx");
    }

    @Test
    void mergedGroupCellsAboveSubHeadersGiveCombinedNames() throws IOException {
        DataSource source = load(groupedHeader(), LoadOptions.detect());
        Table table = source.table();
        assertThat(table.columnNames()).containsExactly("Customer", "Sales.Q1", "Sales.Q2", "Visits");
        assertThat(table.rowCount()).isEqualTo(2);
        assertThat(table.doubleColumn("Sales.Q1").asList()).containsExactly(100.0, 50.5);
        assertThat(source.types().get("Sales.Q2")).isEqualTo(ColumnType.INTEGER);
        assertThat(source.report().notices()).contains(
                Notice.of("data.notice.twoRowHeader", "Customer, Sales.Q1, Sales.Q2, Visits"));
        assertThat(source.report().layout().sheet()).isEqualTo("Sales");
        assertThat(source.delimiter()).isNull();
    }

    @Test
    void sheetsCanBeListedAndChosen() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        row(workbook.createSheet("Orders"), 0, "order", "amount");
        Sheet customers = workbook.createSheet("Customers");
        row(customers, 0, "name", "city");
        row(customers, 1, "Anna", "北京");
        Path file = save(workbook, "two.xlsx");
        assertThat(DataLoader.sheetNames(file)).containsExactly("Orders", "Customers");
        Table table = load(file, LoadOptions.detect().withSheet("Customers")).table();
        assertThat(table.stringColumn("city").get(0)).isEqualTo("北京");
        assertThatThrownBy(() -> load(file, LoadOptions.detect().withSheet("Nope")))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.key()).isEqualTo("data.error.noSheet");
                    assertThat(e.getMessage()).contains("Orders, Customers");
                });
    }

    @Test
    void storedValuesAreReadNotTheirDisplay() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("data");
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle timeStyle = workbook.createCellStyle();
        timeStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        CellStyle percentStyle = workbook.createCellStyle();
        percentStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0%"));
        row(sheet, 0, "signed", "seen", "rate", "vip", "total");
        for (int r = 1; r <= 2; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(LocalDate.of(2024, 1, 31).plusDays(r - 1));
            row.getCell(0).setCellStyle(dateStyle);
            row.createCell(1).setCellValue(LocalDateTime.of(2024, 2, r, 13, 45));
            row.getCell(1).setCellStyle(timeStyle);
            row.createCell(2).setCellValue(0.25 * r);
            row.getCell(2).setCellStyle(percentStyle);
            row.createCell(3).setCellValue(r == 1);
            row.createCell(4).setCellFormula("C" + (r + 1) + "*4");
        }
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        DataSource source = load(save(workbook, "typed.xlsx"), LoadOptions.detect());
        Table table = source.table();
        assertThat(table.dateColumn("signed").asList()).containsExactly(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 1));
        assertThat(table.dateTimeColumn("seen").get(1)).isEqualTo(LocalDateTime.of(2024, 2, 2, 13, 45));
        assertThat(table.doubleColumn("rate").asList()).containsExactly(0.25, 0.5);
        assertThat(source.types().get("vip")).isEqualTo(ColumnType.BOOLEAN);
        // formulas give their computed values: 0.25 * 4 and 0.5 * 4
        assertThat(table.intColumn("total").asList()).containsExactly(1, 2);
    }

    @Test
    void oldXlsWorkbooksLoad() throws IOException {
        HSSFWorkbook workbook = new HSSFWorkbook();
        Sheet sheet = workbook.createSheet("old");
        row(sheet, 0, "name", "visits");
        row(sheet, 1, "Anna", 3);
        row(sheet, 2, "Ben", 5);
        Table table = load(save(workbook, "old.xls"), LoadOptions.detect()).table();
        assertThat(table.intColumn("visits").asList()).containsExactly(3, 5);
    }

    @Test
    void mergedCellsInTheDataGiveTheirValueToEveryRowTheyCover() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("regions");
        row(sheet, 0, "region", "store");
        row(sheet, 1, "North", "A");
        row(sheet, 2, null, "B");
        row(sheet, 3, "South", "C");
        sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
        DataSource source = load(save(workbook, "regions.xlsx"), LoadOptions.detect());
        assertThat(source.table().stringColumn("region").asList()).containsExactly("North", "North", "South");
        // the merged range A2:A3 covers two cells
        assertThat(source.report().notices()).contains(Notice.of("data.notice.mergedCells", 2L));
    }

    @Test
    void misfitsCarryTheirSheetRowNumbers() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("s");
        row(sheet, 0, "amount");
        for (int r = 1; r <= 25; r++) {
            row(sheet, r, r == 9 ? "later" : (Object) r);
        }
        DataSource source = load(save(workbook, "stray.xlsx"), LoadOptions.detect());
        // sheet row 10 (index 9) is table row 8
        assertThat(source.report().misfits("amount").orElseThrow().misfits()).containsExactly(new Misfit(8, 10, "later"));
    }

    @Test
    void aFileThatIsNoWorkbookSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("fake.xlsx"), "name,amount\nAnna,3\n");
        assertThatThrownBy(() -> load(file, LoadOptions.detect()))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.key()).isEqualTo("data.error.workbook"));
    }

    @Test
    void anEmptySheetSaysSo() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("nothing");
        Path file = save(workbook, "empty.xlsx");
        assertThatThrownBy(() -> load(file, LoadOptions.detect()))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.key()).isEqualTo("data.error.emptySheet"));
    }
}

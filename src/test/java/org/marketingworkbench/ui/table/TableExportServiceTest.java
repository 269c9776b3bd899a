package org.marketingworkbench.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.report.Pseudonymizer;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableExportServiceTest {
    private static final byte[] SALT = "salt".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final TableExportService service = new TableExportService(new SameThreadTaskExecutor(), dialogs, () -> SALT);

    private static Table customers() {
        return Table.create("customers", StringColumn.create("phone", "13800138000", "13912345678"),
                IntColumn.create("orders", 3, 7));
    }

    @Test
    void personalDataIsPseudonymisedByDefault() throws IOException {
        Path file = folder.resolve("c.csv");
        dialogs.filesToSave.add(file);

        service.export(TableExportServiceTest::customers, "c", TableExportService.Format.CSV_EXCEL, Set.of("phone"), false);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("13800138000").contains(new Pseudonymizer(SALT).pseudonym("13800138000"));
        assertThat(dialogs.notices).singleElement().asString().contains("c.csv");
    }

    @Test
    void theUserCanKeepPersonalDataForOneExport() throws IOException {
        Path file = folder.resolve("c.csv");
        dialogs.filesToSave.add(file);

        service.export(TableExportServiceTest::customers, "c", TableExportService.Format.CSV_UTF8, Set.of("phone"), true);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("phone,orders").contains("13800138000");
    }

    @Test
    void excelExportHoldsNumbersAsNumbers() throws IOException {
        Path file = folder.resolve("c.xlsx");
        dialogs.filesToSave.add(file);

        service.export(TableExportServiceTest::customers, "c", TableExportService.Format.XLSX, Set.of(), false);

        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("phone");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("13912345678");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(7.0);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void cancellingTheFileChooserWritesNothing() {
        service.export(TableExportServiceTest::customers, "c", TableExportService.Format.CSV_EXCEL, Set.of(), false);

        assertThat(folder.toFile().list()).isEmpty();
        assertThat(dialogs.notices).isEmpty();
    }
}

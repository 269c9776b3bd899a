package org.marketingworkbench.report;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.marketingworkbench.common.AtomicFiles;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a table as an Excel workbook (streaming, so a million rows fit in memory). Text is
 * written as text cells, which Excel never evaluates; personal-data columns are pseudonymised
 * as in CSV exports.
 */
public final class XlsxExporter {
    /** Excel's row limit, header included. */
    public static final int MAX_ROWS = 1_048_576;

    private final CsvExportOptions options;

    public XlsxExporter(CsvExportOptions options) {
        this.options = options;
    }

    public void write(Table table, Path file) throws IOException {
        if (table.rowCount() + 1 > MAX_ROWS) {
            throw new org.marketingworkbench.common.BadInputException("export.error.tooManyRowsForExcel",
                    table.rowCount(), MAX_ROWS - 1);
        }
        Pseudonymizer pseudonymizer = options.personalColumns().isEmpty() ? null : new Pseudonymizer(options.salt());
        AtomicFiles.write(file, out -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
                Sheet sheet = workbook.createSheet(sheetName(table.name()));
                CellStyle bold = workbook.createCellStyle();
                Font font = workbook.createFont();
                font.setBold(true);
                bold.setFont(font);
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.columnCount(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.column(c).name());
                    cell.setCellStyle(bold);
                }
                for (int r = 0; r < table.rowCount(); r++) {
                    Row row = sheet.createRow(r + 1);
                    for (int c = 0; c < table.columnCount(); c++) {
                        writeCell(row, c, table.column(c), r, pseudonymizer);
                    }
                }
                sheet.createFreezePane(0, 1);
                workbook.write(out);
                workbook.dispose();
            }
        });
    }

    private void writeCell(Row row, int index, Column<?> column, int r, Pseudonymizer pseudonymizer) {
        if (column.isMissing(r)) {
            return;
        }
        Cell cell = row.createCell(index);
        if (pseudonymizer != null && options.personalColumns().contains(column.name())) {
            // whatever the type: a phone number read as a number is still personal
            cell.setCellValue(pseudonymizer.pseudonym(column.getString(r)));
            return;
        }
        if (column instanceof NumericColumn<?> numbers) {
            cell.setCellValue(numbers.getDouble(r));
            return;
        }
        cell.setCellValue(column.getString(r));
    }

    /** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(String name) {
        String cleaned = (name == null || name.isBlank() ? "data" : name).replaceAll("[:\\\\/?*\\[\\]]", "_");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}

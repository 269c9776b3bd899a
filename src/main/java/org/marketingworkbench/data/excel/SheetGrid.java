package org.marketingworkbench.data.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.marketingworkbench.common.Progress;

/**
 * A sheet's used area as rows of text cells. Merged cells in the data get the value of their
 * top-left cell in every cell they cover (a merged "region" label applies to each of its rows);
 * blank rows are skipped.
 */
final class SheetGrid {

    final List<String[]> rows = new ArrayList<>();
    /** The 1-based sheet row number of each row. */
    final List<Long> rowNumbers = new ArrayList<>();
    final List<CellRangeAddress> merged;
    int width;
    int blankRows;

    private SheetGrid(List<CellRangeAddress> merged) {
        this.merged = merged;
    }

    /** Reads up to {@code limit} non-blank rows. */
    static SheetGrid read(Sheet sheet, int limit, Progress progress, String message) {
        SheetGrid grid = new SheetGrid(sheet.getMergedRegions());
        int last = sheet.getLastRowNum();
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last && grid.rows.size() < limit; r++) {
            if (r % 1000 == 0) {
                progress.checkCancelled();
                progress.update(r, last + 1, message);
            }
            grid.add(sheet.getRow(r), r);
        }
        grid.fillMergedCells(sheet);
        return grid;
    }

    private void add(Row row, int index) {
        if (row == null || row.getLastCellNum() <= 0) {
            blankRows += rows.isEmpty() ? 0 : 1;
            return;
        }
        String[] cells = new String[row.getLastCellNum()];
        boolean blank = true;
        for (int c = 0; c < cells.length; c++) {
            Cell cell = row.getCell(c);
            cells[c] = CellValues.text(cell);
            blank &= cells[c] == null || cells[c].isBlank();
        }
        if (blank && !inMergedRegion(index)) {
            blankRows += rows.isEmpty() ? 0 : 1;
            return;
        }
        width = Math.max(width, cells.length);
        rows.add(cells);
        rowNumbers.add((long) index + 1);
    }

    private boolean inMergedRegion(int rowIndex) {
        for (CellRangeAddress region : merged) {
            if (region.getFirstRow() <= rowIndex && rowIndex <= region.getLastRow()) {
                return true;
            }
        }
        return false;
    }

    /** Copies each merged region's top-left value into the other cells it covers. */
    private void fillMergedCells(Sheet sheet) {
        for (CellRangeAddress region : merged) {
            Row top = sheet.getRow(region.getFirstRow());
            String value = top == null ? null : CellValues.text(top.getCell(region.getFirstColumn()));
            if (value == null) {
                continue;
            }
            for (int i = 0; i < rows.size(); i++) {
                long sheetRow = rowNumbers.get(i) - 1;
                if (sheetRow < region.getFirstRow() || sheetRow > region.getLastRow()) {
                    continue;
                }
                String[] cells = rows.get(i);
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    if (c >= cells.length) {
                        cells = java.util.Arrays.copyOf(cells, c + 1);
                        rows.set(i, cells);
                        width = Math.max(width, cells.length);
                    }
                    if (cells[c] == null) {
                        cells[c] = value;
                    }
                }
            }
        }
    }
}

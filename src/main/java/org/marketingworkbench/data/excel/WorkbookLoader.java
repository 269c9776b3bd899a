package org.marketingworkbench.data.excel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
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
import org.marketingworkbench.data.column.ColumnNames;
import org.marketingworkbench.data.column.GridReader;
import org.marketingworkbench.data.column.TableAssembler;
import org.marketingworkbench.data.text.HeaderSniffer;
import org.marketingworkbench.data.value.TypeGuesser;
import org.marketingworkbench.i18n.Messages;

/**
 * Loads one sheet of an Excel workbook (.xlsx or .xls) through Apache POI, opened read-only:
 * the first sheet unless the options name another. See {@link HeaderRows} for merged header
 * cells and {@link SheetGrid} for merged data cells.
 */
public final class WorkbookLoader {

    /** The sheet names, in workbook order, for the sheet chooser. */
    public List<String> sheetNames(Path path) throws IOException {
        try (Workbook workbook = open(path)) {
            return sheetNames(workbook);
        }
    }

    public LoadedTable load(Path path, LoadOptions options, Progress progress) throws IOException {
        String name = path.getFileName().toString();
        try (Workbook workbook = open(path)) {
            Sheet sheet = sheet(workbook, name, options);
            String message = Messages.get("data.progress.reading", name);
            SheetGrid grid = SheetGrid.read(sheet, Integer.MAX_VALUE, progress, message);
            Table table = table(grid, name, options);
            TableAssembler.Assembled assembled = GridReader.read(FileFormat.baseName(name), table.named.names(),
                    table.data, table.lines);
            List<Notice> notices = new ArrayList<>(table.notices);
            notices.addAll(assembled.notices());
            LoadReport report = new LoadReport(layout(sheet, options, table.header), assembled.table().rowCount(),
                    assembled.table().columnCount(), 0, List.of(), assembled.misfits(), table.named.renames(), notices);
            return new LoadedTable(assembled.table(), assembled.types(), report);
        }
    }

    public DataPreview preview(Path path, LoadOptions options, int rows) throws IOException {
        String name = path.getFileName().toString();
        try (Workbook workbook = open(path)) {
            Sheet sheet = sheet(workbook, name, options);
            SheetGrid grid = SheetGrid.read(sheet, rows + 2, Progress.none(), "");
            Table table = table(grid, name, options);
            List<List<String>> shown = new ArrayList<>();
            for (String[] row : table.data.subList(0, Math.min(rows, table.data.size()))) {
                shown.add(Arrays.stream(row).map(cell -> cell == null ? "" : cell).toList());
            }
            TypeGuesser guesser = new TypeGuesser();
            List<ColumnType> types = new ArrayList<>();
            for (int c = 0; c < table.named.names().size(); c++) {
                int column = c;
                types.add(guesser.guess(shown.stream().map(row -> row.get(column)).toList()).type());
            }
            return new DataPreview(layout(sheet, options, table.header), table.named.names(), shown, types,
                    sheetNames(workbook), table.notices);
        }
    }

    /** The header, names and data rows of a sheet. */
    private record Table(boolean header, ColumnNames.Named named, List<String[]> data, long[] lines,
            List<Notice> notices) {
    }

    private static Table table(SheetGrid grid, String name, LoadOptions options) {
        if (grid.rows.isEmpty()) {
            throw new BadInputException("data.error.emptySheet", name);
        }
        HeaderRows rows = HeaderRows.of(grid);
        // merged group cells over sub-headers are a header for sure; otherwise look at the cells
        boolean header = options.header().orElseGet(() -> rows.combined()
                || HeaderSniffer.hasHeader(grid.rows.stream().map(WorkbookLoader::blankAsEmpty).toList()));
        List<Notice> notices = new ArrayList<>();
        int skip = 0;
        ColumnNames.Named named;
        if (header) {
            named = ColumnNames.of(rows.names());
            skip = rows.rows();
            if (rows.combined()) {
                notices.add(Notice.of("data.notice.twoRowHeader", String.join(", ", named.names())));
            }
        } else {
            named = new ColumnNames.Named(ColumnNames.byIndex(grid.width), List.of());
        }
        named.renames().forEach(rename -> notices.add(rename.notice()));
        List<String[]> data = new ArrayList<>();
        for (String[] row : grid.rows.subList(Math.min(skip, grid.rows.size()), grid.rows.size())) {
            data.add(row.length == grid.width ? row : Arrays.copyOf(row, grid.width));
        }
        long[] lines = grid.rowNumbers.subList(Math.min(skip, grid.rowNumbers.size()), grid.rowNumbers.size())
                .stream().mapToLong(Long::longValue).toArray();
        long firstDataRow = lines.length == 0 ? Long.MAX_VALUE : lines[0] - 1;
        long mergedInData = grid.merged.stream().filter(region -> region.getFirstRow() >= firstDataRow)
                .mapToLong(CellRangeAddress::getNumberOfCells).sum();
        if (mergedInData > 0) {
            notices.add(Notice.of("data.notice.mergedCells", mergedInData));
        }
        if (grid.blankRows > 0) {
            notices.add(Notice.of("data.notice.blankRows", grid.blankRows));
        }
        if (data.isEmpty()) {
            notices.add(Notice.of("data.notice.headerOnly", name));
        }
        return new Table(header, named, data, lines, notices);
    }

    private static String[] blankAsEmpty(String[] row) {
        return Arrays.stream(row).map(cell -> cell == null ? "" : cell).toArray(String[]::new);
    }

    private static Workbook open(Path path) throws IOException {
        String name = path.getFileName().toString();
        try {
            return WorkbookFactory.create(path.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            throw new BadInputException(e, "data.error.encrypted", name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.io.FileNotFoundException) {
                throw e;
            }
            throw new BadInputException(e, "data.error.workbook", name);
        }
    }

    private static Sheet sheet(Workbook workbook, String name, LoadOptions options) {
        if (workbook.getNumberOfSheets() == 0) {
            throw new BadInputException("data.error.emptySheet", name);
        }
        if (options.sheet().isEmpty()) {
            return workbook.getSheetAt(0);
        }
        Sheet sheet = workbook.getSheet(options.sheet().get());
        if (sheet == null) {
            throw new BadInputException("data.error.noSheet", options.sheet().get(),
                    String.join(", ", sheetNames(workbook)));
        }
        return sheet;
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static Layout layout(Sheet sheet, LoadOptions options, boolean header) {
        return new Layout(FileFormat.WORKBOOK, StandardCharsets.UTF_8, true, null, false, header,
                options.header().isEmpty(), sheet.getSheetName());
    }
}

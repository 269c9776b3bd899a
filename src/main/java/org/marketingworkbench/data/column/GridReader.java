package org.marketingworkbench.data.column;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.value.ColumnPlan;
import org.marketingworkbench.data.value.TypeGuesser;

/**
 * Types and builds columns from cells already in memory as text (workbook cells, JSON values,
 * a column whose type the user changes), through the same guessing, parsing and misfit rules
 * as the CSV reader.
 */
public final class GridReader {

    /** Cells sampled to guess a column's type. */
    static final int SAMPLE = 10_000;

    private GridReader() {
    }

    /**
     * A table from rows of cells (null or missing cells are missing values).
     *
     * @param lines where each row is in the file (spreadsheet row or record number)
     */
    public static TableAssembler.Assembled read(String tableName, List<String> names, List<String[]> rows,
            long[] lines) {
        List<ColumnPlan> plans = new ArrayList<>();
        List<MergedColumn> merged = new ArrayList<>();
        List<TextFallback> fallbacks = new ArrayList<>();
        TypeGuesser guesser = new TypeGuesser();
        for (int c = 0; c < names.size(); c++) {
            List<String> cells = column(rows, c);
            ColumnPlan plan = guesser.guess(nonNull(cells.subList(0, Math.min(SAMPLE, cells.size()))));
            MergedColumn column = readColumn(names.get(c), plan, cells, lines);
            TextFallback fallback = null;
            if (TextFallback.needed(column)) {
                fallback = TextFallback.of(column);
                column = readColumn(names.get(c), ColumnPlan.starting(ColumnType.TEXT), cells, lines);
            }
            plans.add(plan);
            merged.add(column);
            fallbacks.add(fallback);
        }
        return TableAssembler.assemble(tableName, plans, merged, fallbacks);
    }

    /** One column of {@code cells} read with {@code plan}; {@code lines} say where each cell is. */
    public static MergedColumn readColumn(String name, ColumnPlan plan, List<String> cells, long[] lines) {
        LineCursor cursor = new LineCursor();
        ColumnChunk chunk = Chunks.forPlan(plan, cells.size(), cursor);
        for (int row = 0; row < cells.size(); row++) {
            String cell = cells.get(row);
            if (cell == null) {
                chunk.setMissing(row);
            } else {
                cursor.moveTo(lines[row]);
                byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
                chunk.set(row, bytes, 0, bytes.length);
            }
        }
        return ColumnMerger.merge(name, plan, List.of(new ChunkRun(chunk, 0, cells.size(), 0)), cells.size());
    }

    private static List<String> column(List<String[]> rows, int c) {
        List<String> cells = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            cells.add(c < row.length ? row[c] : null);
        }
        return cells;
    }

    private static List<String> nonNull(List<String> cells) {
        List<String> present = new ArrayList<>(cells.size());
        for (String cell : cells) {
            if (cell != null) {
                present.add(cell);
            }
        }
        return present;
    }
}

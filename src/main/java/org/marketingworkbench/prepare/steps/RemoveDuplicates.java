package org.marketingworkbench.prepare.steps;

import it.unimi.dsi.fastutil.HashCommon;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.ReportBuilder;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepInput;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Removes repeated rows, keeping the first of each: rows are repeats when all their cells are equal,
 * or only their key columns when a key is given. Missing equals missing, as in pandas'
 * {@code drop_duplicates}; Tablesaw's {@code dropDuplicateRows} treats two missing decimals as
 * different and has no key, so it does not fit here.
 *
 * @param enabled whether the recipe applies this step
 * @param columns the key columns; empty means the whole row
 */
public record RemoveDuplicates(Boolean enabled, List<String> columns) implements Step {

    public RemoveDuplicates {
        enabled = StepSupport.enabled(enabled);
        columns = StepSupport.list(columns);
    }

    /** Removes rows that repeat an earlier row on {@code columns} (none given: on every column). */
    public static RemoveDuplicates on(String... columns) {
        return new RemoveDuplicates(true, List.of(columns));
    }

    @Override
    public RemoveDuplicates withEnabled(boolean value) {
        return new RemoveDuplicates(value, columns);
    }

    @Override
    public StepOutcome apply(StepInput input, ApplyContext context, Progress progress) {
        Table table = input.table();
        Columns.requireAll(table, columns, false);
        List<String> key = columns.isEmpty() ? table.columnNames() : columns;
        CellCodes[] codes = key.stream().map(name -> CellCodes.of(table.column(name))).toArray(CellCodes[]::new);
        Selection repeats = findRepeats(codes, table.rowCount(), progress);
        ReportBuilder report = new ReportBuilder(this, input).count("removed", repeats.size());
        return Tables.removeRows(input, repeats, report);
    }

    /** Rows equal to an earlier row: one hash per row, confirmed cell by cell, so collisions cost nothing. */
    private static Selection findRepeats(CellCodes[] codes, int rows, Progress progress) {
        Long2IntOpenHashMap firstByHash = new Long2IntOpenHashMap(rows);
        firstByHash.defaultReturnValue(-1);
        Map<List<Long>, Integer> collided = new HashMap<>();
        Selection repeats = new BitmapBackedSelection();
        for (int row = 0; row < rows; row++) {
            StepSupport.checkEvery(progress, row);
            int first = firstByHash.putIfAbsent(hash(codes, row), row);
            if (first < 0) {
                continue;
            }
            if (sameCells(codes, first, row) || collided.putIfAbsent(cells(codes, row), row) != null) {
                repeats.add(row);
            }
        }
        return repeats;
    }

    private static long hash(CellCodes[] codes, int row) {
        long hash = 0;
        for (CellCodes column : codes) {
            hash = HashCommon.mix(hash * 31 + column.at(row));
        }
        return hash;
    }

    private static boolean sameCells(CellCodes[] codes, int first, int second) {
        for (CellCodes column : codes) {
            if (column.at(first) != column.at(second)) {
                return false;
            }
        }
        return true;
    }

    private static List<Long> cells(CellCodes[] codes, int row) {
        return Arrays.stream(codes).map(column -> column.at(row)).toList();
    }
}

package org.marketingworkbench.data;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.data.column.GridReader;
import org.marketingworkbench.data.column.MergedColumn;
import org.marketingworkbench.data.column.TableAssembler;
import org.marketingworkbench.data.value.ColumnPlan;
import org.marketingworkbench.data.value.TypeGuesser;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Changes the type of one column of a loaded source. The cells are read again from their text
 * (with the cells that did not fit the old type restored from the load report), so nothing the
 * file held is lost by switching back and forth. Other columns are shared, not copied.
 * <p>
 * A new misfit's line is estimated as the row plus the header line; the row is exact.
 */
final class ColumnRetyper {

    private ColumnRetyper() {
    }

    static DataSource retype(DataSource source, String name, ColumnType type) {
        Table table = source.table();
        if (!table.containsColumn(name)) {
            throw new BadInputException("cli.error.missingColumn", name, String.join(", ", table.columnNames()));
        }
        Column<?> old = table.column(name);
        LoadReport report = source.report();
        ColumnPlan plan;
        MergedColumn merged;
        if (old instanceof StringColumn && (type == ColumnType.TEXT || type == ColumnType.CATEGORY)
                && misfitsOf(report, name).isEmpty()) {
            plan = ColumnPlan.exactly(type);
            merged = new MergedColumn(old, type, 0, List.of(), false, false, false, 0, null);
        } else {
            List<String> cells = CellText.of(old);
            for (Misfit misfit : misfitsOf(report, name)) {
                cells.set(misfit.row(), misfit.text());
            }
            plan = planFor(type, cells);
            merged = GridReader.readColumn(old.name(), plan, cells, estimatedLines(report, cells.size()));
        }
        List<Column<?>> columns = new ArrayList<>(table.columns());
        columns.set(table.columnIndex(name), merged.column());
        Table retyped = Table.create(table.name(), columns.toArray(new Column<?>[0]));
        var types = new java.util.LinkedHashMap<>(source.types());
        types.put(old.name(), type);
        LoadReport newReport = report == null ? null
                : report.withColumnMisfits(old.name(), misfits(merged), TableAssembler.columnNotices(merged, plan));
        List<String> warnings = newReport == null ? source.warnings() : newReport.messages();
        return new DataSource(source.path(), source.charset(), source.delimiter(), retyped, types, source.roles(),
                source.loadMillis(), warnings, newReport);
    }

    /** The exact type, with the day/month order the cells suggest for dates written year last. */
    private static ColumnPlan planFor(ColumnType type, List<String> cells) {
        ColumnPlan exact = ColumnPlan.exactly(type);
        if (type != ColumnType.DATE && type != ColumnType.DATE_TIME) {
            return exact;
        }
        List<String> sample = cells.stream().filter(java.util.Objects::nonNull).limit(10_000).toList();
        ColumnPlan guessed = new TypeGuesser().guess(sample);
        return new ColumnPlan(type, true, guessed.order(), guessed.orderGuessed());
    }

    private static List<Misfit> misfitsOf(LoadReport report, String column) {
        return report == null ? List.of() : report.misfits(column).map(ColumnMisfits::misfits).orElse(List.of());
    }

    private static ColumnMisfits misfits(MergedColumn merged) {
        return new ColumnMisfits(merged.column().name(), merged.type(), merged.misfitCount(), merged.misfits());
    }

    private static long[] estimatedLines(LoadReport report, int rows) {
        int firstLine = report != null && report.layout().header() ? 2 : 1;
        long[] lines = new long[rows];
        for (int row = 0; row < rows; row++) {
            lines[row] = row + firstLine;
        }
        return lines;
    }
}

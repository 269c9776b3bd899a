package org.marketingworkbench.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.explore.PivotSpec.Aggregate;
import org.marketingworkbench.explore.PivotSpec.Percent;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.Tables;
import org.marketingworkbench.prepare.ValueCounts;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds pivot tables and cross-tabs in one pass over the rows: counts, sums or means of a value
 * per pair of categories. Also serves the count plot of a category split by another (hue).
 */
public final class Pivot {

    private Pivot() {
    }

    /** The pivot table {@code spec} asks for. */
    public static PivotResult of(Table table, PivotSpec spec, Progress progress) {
        Column<?> rows = Columns.require(table, spec.rowColumn());
        Tables.requireRows(table);
        Column<?> columns = spec.columnColumn().isEmpty() ? null : Columns.require(table, spec.columnColumn());
        double[] values = spec.aggregate() == Aggregate.COUNT ? null : Columns.numbers(table, spec.valueColumn());
        if (spec.aggregate() == Aggregate.MEAN && spec.percent() != Percent.NONE) {
            throw new BadInputException("explore.error.percentOfMean");
        }
        List<ValueCounts.ValueCount> rowValues = sortedValues(rows);
        List<ValueCounts.ValueCount> columnValues = columns == null ? List.of() : sortedValues(columns);
        Map<Object, Integer> rowIndex = index(rowValues);
        Map<Object, Integer> columnIndex = index(columnValues);
        int width = columns == null ? 1 : columnValues.size();
        double[][] sums = new double[rowValues.size()][width];
        long[][] counts = new long[rowValues.size()][width];
        long used = 0;
        for (int row = 0; row < table.rowCount(); row++) {
            if ((row & 0xFFFF) == 0) {
                progress.checkCancelled();
            }
            if (rows.isMissing(row) || (columns != null && columns.isMissing(row))
                    || (values != null && Double.isNaN(values[row]))) {
                continue;
            }
            int r = rowIndex.get(rows.get(row));
            int c = columns == null ? 0 : columnIndex.get(columns.get(row));
            counts[r][c]++;
            sums[r][c] += values == null ? 1 : values[row];
            used++;
        }
        List<String> columnLabels = columns == null ? List.of(label(spec)) : labels(columnValues);
        return PivotCells.finish(spec, labels(rowValues), columnLabels, sums, counts, used);
    }

    /** Counts of {@code category} split by {@code hue}: the data of a grouped count plot. */
    public static PivotResult countsByHue(Table table, String category, String hue, Progress progress) {
        return of(table, PivotSpec.counts(category, hue), progress);
    }

    private static String label(PivotSpec spec) {
        return spec.aggregate() == Aggregate.COUNT ? "count" : spec.aggregate().name().toLowerCase(
                java.util.Locale.ROOT) + " " + spec.valueColumn();
    }

    private static List<ValueCounts.ValueCount> sortedValues(Column<?> column) {
        return ValueCounts.of(column).stream().sorted(ValueCounts.BY_VALUE).toList();
    }

    private static Map<Object, Integer> index(List<ValueCounts.ValueCount> values) {
        Map<Object, Integer> index = new HashMap<>();
        for (ValueCounts.ValueCount value : values) {
            index.put(value.value(), index.size());
        }
        return index;
    }

    private static List<String> labels(List<ValueCounts.ValueCount> values) {
        List<String> labels = new ArrayList<>(values.size());
        values.forEach(value -> labels.add(value.label()));
        return labels;
    }
}

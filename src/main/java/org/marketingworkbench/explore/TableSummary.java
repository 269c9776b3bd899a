package org.marketingworkbench.explore;

import java.util.List;
import java.util.function.ToDoubleFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The descriptive statistics of every column of a table, in column order.
 *
 * @param rows    rows in the table
 * @param columns one summary per column
 */
public record TableSummary(int rows, List<ColumnSummary> columns) {

    public TableSummary {
        columns = List.copyOf(columns);
    }

    /** The summary of the column {@code name}. */
    public ColumnSummary column(String name) {
        return columns.stream().filter(summary -> summary.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + name));
    }

    /** One row per column, one column per statistic (stable English headers), for the table view and CSV. */
    public Table toTable() {
        Table table = Table.create("summary",
                StringColumn.create("column", columns.stream().map(ColumnSummary::name)),
                StringColumn.create("kind", columns.stream().map(summary -> summary.kind().name().toLowerCase(
                        java.util.Locale.ROOT))));
        table.addColumns(number("count", summary -> summary.count()), number("missing", summary -> summary.missing()),
                number("distinct", summary -> summary.distinct()), number("mean", ColumnSummary::mean),
                number("std", ColumnSummary::std), number("min", ColumnSummary::min), number("25%", ColumnSummary::q1),
                number("50%", ColumnSummary::median), number("75%", ColumnSummary::q3),
                number("max", ColumnSummary::max), number("skew", ColumnSummary::skew),
                StringColumn.create("top", columns.stream().map(ColumnSummary::top)),
                number("freq", summary -> summary.topCount()),
                StringColumn.create("first", columns.stream().map(ColumnSummary::first)),
                StringColumn.create("last", columns.stream().map(ColumnSummary::last)));
        return table;
    }

    private DoubleColumn number(String name, ToDoubleFunction<ColumnSummary> statistic) {
        return DoubleColumn.create(name, columns.stream().mapToDouble(statistic).toArray());
    }
}

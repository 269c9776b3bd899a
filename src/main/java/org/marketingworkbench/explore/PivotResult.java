package org.marketingworkbench.explore;

import java.util.List;
import org.marketingworkbench.i18n.Messages;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A pivot table (cross-tab): cells by row and column value, with row totals, column totals and the
 * grand total. Totals of means are the means of all the rows behind them, not means of means.
 * With percentages, cells and totals are shares of the chosen total (times 100), as pandas'
 * {@code crosstab(normalize=..., margins=True)}.
 *
 * @param spec         what was asked for
 * @param cells        the cells, rows and columns in ascending value order
 * @param rowTotals    one total per row
 * @param columnTotals one total per column
 * @param grandTotal   the total of all cells
 * @param rowsUsed     rows counted (rows with a missing category or value are left out)
 */
public record PivotResult(PivotSpec spec, LabeledMatrix cells, List<Double> rowTotals, List<Double> columnTotals,
        double grandTotal, long rowsUsed) {

    public PivotResult {
        rowTotals = List.copyOf(rowTotals);
        columnTotals = List.copyOf(columnTotals);
    }

    /** The cells with a total column and a total row, labelled in the current language, for view and CSV. */
    public Table toTable() {
        String total = Messages.get("explore.total");
        Table table = cells.toTable("pivot", spec.rowColumn());
        table.stringColumn(spec.rowColumn()).append(total);
        for (int column = 0; column < cells.columnCount(); column++) {
            table.doubleColumn(column + 1).append(columnTotals.get(column));
        }
        double[] totals = new double[cells.rowCount() + 1];
        for (int row = 0; row < cells.rowCount(); row++) {
            totals[row] = rowTotals.get(row);
        }
        totals[cells.rowCount()] = grandTotal;
        table.addColumns(DoubleColumn.create(LabeledMatrix.freeName(table, total), totals));
        return table;
    }

    /** Row labels with their totals, handy for a single-column count plot. */
    public Table rowTotalsTable() {
        return Table.create("totals", StringColumn.create(spec.rowColumn(), cells.rowLabels()),
                DoubleColumn.create("total", rowTotals.stream().mapToDouble(Double::doubleValue).toArray()));
    }
}

package org.marketingworkbench.explore;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.Quantiles;
import org.marketingworkbench.prepare.ValueCounts;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Descriptive statistics of every column, matching pandas {@code describe()} for numbers: count,
 * mean, sample standard deviation, min, quartiles by linear interpolation (Hyndman-Fan type 7),
 * max; plus missing, distinct and pandas' skew. Computed with Commons Math.
 */
public final class Describe {

    private Describe() {
    }

    /** The summary of every column of {@code table}. */
    public static TableSummary table(Table table, Progress progress) {
        List<ColumnSummary> summaries = new ArrayList<>(table.columnCount());
        for (int index = 0; index < table.columnCount(); index++) {
            progress.checkCancelled();
            progress.update(index, table.columnCount(), table.column(index).name());
            summaries.add(column(table.column(index)));
        }
        return new TableSummary(table.rowCount(), summaries);
    }

    /** The summary of one column. */
    public static ColumnSummary column(Column<?> column) {
        if (column instanceof NumericColumn<?> numbers) {
            return number(numbers);
        }
        List<ValueCounts.ValueCount> counts = ValueCounts.of(column);
        long present = column.size() - column.countMissing();
        ColumnSummary.Kind kind = Columns.isDate(column) ? ColumnSummary.Kind.DATE
                : column instanceof BooleanColumn ? ColumnSummary.Kind.BOOLEAN : ColumnSummary.Kind.TEXT;
        String top = counts.isEmpty() ? "" : counts.get(0).label();
        long topCount = counts.isEmpty() ? 0 : counts.get(0).count();
        String first = "";
        String last = "";
        if (kind == ColumnSummary.Kind.DATE && !counts.isEmpty()) {
            List<ValueCounts.ValueCount> ordered = counts.stream().sorted(ValueCounts.BY_VALUE).toList();
            first = ordered.get(0).label();
            last = ordered.get(ordered.size() - 1).label();
        }
        double none = Double.NaN;
        return new ColumnSummary(column.name(), kind, present, column.countMissing(), counts.size(), none, none, none,
                none, none, none, none, none, top, topCount, first, last);
    }

    private static ColumnSummary number(NumericColumn<?> column) {
        double[] sorted = Quantiles.present(column.asDoubleArray());
        int n = sorted.length;
        long missing = column.size() - n;
        if (n == 0) {
            double none = Double.NaN;
            return new ColumnSummary(column.name(), ColumnSummary.Kind.NUMBER, 0, missing, 0, none, none, none, none,
                    none, none, none, none, "", 0, "", "");
        }
        Quantiles quantiles = Quantiles.of(sorted);
        double std = n < 2 ? Double.NaN : new StandardDeviation(true).evaluate(sorted);
        // pandas gives NaN below 3 values and 0 for a constant column (Commons Math would divide 0 by 0)
        double skew = n < 3 ? Double.NaN : sorted[0] == sorted[n - 1] ? 0 : new Skewness().evaluate(sorted);
        return new ColumnSummary(column.name(), ColumnSummary.Kind.NUMBER, n, missing, distinct(sorted),
                StatUtils.mean(sorted), std, sorted[0], quantiles.at(0.25), quantiles.at(0.5), quantiles.at(0.75),
                sorted[n - 1], skew, "", 0, column.getUnformattedString(indexOf(column, sorted[0])),
                column.getUnformattedString(indexOf(column, sorted[n - 1])));
    }

    private static long distinct(double[] sorted) {
        long distinct = sorted.length == 0 ? 0 : 1;
        for (int index = 1; index < sorted.length; index++) {
            if (sorted[index] != sorted[index - 1]) {
                distinct++;
            }
        }
        return distinct;
    }

    private static int indexOf(NumericColumn<?> column, double value) {
        for (int row = 0; row < column.size(); row++) {
            if (!column.isMissing(row) && column.getDouble(row) == value) {
                return row;
            }
        }
        throw new IllegalStateException("value not in column");
    }
}

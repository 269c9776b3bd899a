package org.marketingworkbench.prepare.steps;

import org.apache.commons.math3.stat.StatUtils;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.Quantiles;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/** The lower and upper outlier fences of one column (see {@link Outliers}). */
record Fences(double lower, double upper) {

    static Fences of(NumericColumn<?> column, Outliers.Method method, double threshold) {
        Quantiles quantiles = Quantiles.of(column.asDoubleArray());
        if (quantiles.count() == 0) {
            return new Fences(Double.NaN, Double.NaN);
        }
        if (method == Outliers.Method.IQR) {
            double q1 = quantiles.at(0.25);
            double q3 = quantiles.at(0.75);
            return new Fences(q1 - threshold * (q3 - q1), q3 + threshold * (q3 - q1));
        }
        double[] present = quantiles.values();
        double mean = StatUtils.mean(present);
        double deviation = Math.sqrt(StatUtils.populationVariance(present, mean));
        if (deviation == 0) {
            return new Fences(Double.NaN, Double.NaN);
        }
        return new Fences(mean - threshold * deviation, mean + threshold * deviation);
    }

    /** No fences: no values, or (z-score) no spread to measure distance by. */
    boolean undefined() {
        return Double.isNaN(lower);
    }

    /** The rows whose value lies strictly outside the fences. */
    Selection outside(NumericColumn<?> column) {
        Selection rows = new BitmapBackedSelection();
        for (int row = 0; row < column.size(); row++) {
            double value = column.getDouble(row);
            if (!column.isMissing(row) && (value < lower || value > upper)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** A copy of the column with the outside values set to the fences (kept whole for whole-number columns). */
    Column<?> cap(NumericColumn<?> column, Selection outside) {
        boolean whole = Columns.isWholeNumber(column);
        double low = whole ? Math.ceil(lower) : lower;
        double high = whole ? Math.floor(upper) : upper;
        if (!whole) {
            DoubleColumn capped = column instanceof DoubleColumn doubles ? doubles.copy()
                    : column.asDoubleColumn().setName(column.name());
            for (int row : outside) {
                capped.set(row, capped.getDouble(row) < low ? low : high);
            }
            return capped;
        }
        if (column instanceof IntColumn ints) {
            IntColumn capped = ints.copy();
            outside.forEach(row -> capped.set(row, (int) (ints.getDouble(row) < low ? low : high)));
            return capped;
        }
        if (column instanceof ShortColumn shorts) {
            ShortColumn capped = shorts.copy();
            outside.forEach(row -> capped.set(row, (short) (shorts.getDouble(row) < low ? low : high)));
            return capped;
        }
        LongColumn capped = ((LongColumn) column).copy();
        outside.forEach(row -> capped.set(row, (long) (column.getDouble(row) < low ? low : high)));
        return capped;
    }
}

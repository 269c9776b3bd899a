package org.marketingworkbench.explore;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.explore.PivotSpec.Aggregate;
import org.marketingworkbench.explore.PivotSpec.Percent;

/** Turns per-cell sums and counts into a {@link PivotResult}: totals, means and percentages. */
final class PivotCells {

    private PivotCells() {
    }

    static PivotResult finish(PivotSpec spec, List<String> rowLabels, List<String> columnLabels, double[][] sums,
            long[][] counts, long used) {
        int height = rowLabels.size();
        int width = columnLabels.size();
        double[] rowSums = new double[height];
        double[] columnSums = new double[width];
        long[] rowCounts = new long[height];
        long[] columnCounts = new long[width];
        double grandSum = 0;
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                rowSums[row] += sums[row][column];
                columnSums[column] += sums[row][column];
                rowCounts[row] += counts[row][column];
                columnCounts[column] += counts[row][column];
                grandSum += sums[row][column];
            }
        }
        double[][] cells = new double[height][width];
        double[] rowTotals = new double[height];
        double[] columnTotals = new double[width];
        boolean mean = spec.aggregate() == Aggregate.MEAN;
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                cells[row][column] = mean ? divide(sums[row][column], counts[row][column]) : sums[row][column];
            }
            rowTotals[row] = mean ? divide(rowSums[row], rowCounts[row]) : rowSums[row];
        }
        for (int column = 0; column < width; column++) {
            columnTotals[column] = mean ? divide(columnSums[column], columnCounts[column]) : columnSums[column];
        }
        double grand = mean ? divide(grandSum, used) : grandSum;
        if (spec.percent() != Percent.NONE) {
            grand = percentages(spec.percent(), cells, rowTotals, columnTotals, grand);
        }
        return new PivotResult(spec, new LabeledMatrix(rowLabels, columnLabels, cells), list(rowTotals),
                list(columnTotals), grand, used);
    }

    /** Scales cells and totals in place to percentages; returns the grand total's percentage. */
    private static double percentages(Percent percent, double[][] cells, double[] rowTotals, double[] columnTotals,
            double grand) {
        double[] rowBase = rowTotals.clone();
        double[] columnBase = columnTotals.clone();
        for (int row = 0; row < cells.length; row++) {
            for (int column = 0; column < columnTotals.length; column++) {
                double base = switch (percent) {
                    case ROW -> rowBase[row];
                    case COLUMN -> columnBase[column];
                    default -> grand;
                };
                cells[row][column] = 100 * divide(cells[row][column], base);
            }
            rowTotals[row] = 100 * divide(rowTotals[row], percent == Percent.ROW ? rowBase[row] : grand);
        }
        for (int column = 0; column < columnTotals.length; column++) {
            columnTotals[column] = 100 * divide(columnTotals[column],
                    percent == Percent.COLUMN ? columnBase[column] : grand);
        }
        return 100 * divide(grand, grand);
    }

    private static double divide(double value, double base) {
        return base == 0 ? Double.NaN : value / base;
    }

    private static List<Double> list(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(value);
        }
        return list;
    }
}

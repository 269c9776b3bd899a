package org.marketingworkbench.explore;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * An immutable grid of numbers with row and column labels: the cells of a cross-tab or a correlation
 * matrix, ready for a heat map, a table view or a CSV export.
 */
public final class LabeledMatrix {
    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final double[][] values;

    public LabeledMatrix(List<String> rowLabels, List<String> columnLabels, double[][] values) {
        if (values.length != rowLabels.size()) {
            throw new IllegalArgumentException(values.length + " rows for " + rowLabels.size() + " labels");
        }
        this.rowLabels = List.copyOf(rowLabels);
        this.columnLabels = List.copyOf(columnLabels);
        this.values = new double[values.length][];
        for (int row = 0; row < values.length; row++) {
            if (values[row].length != columnLabels.size()) {
                throw new IllegalArgumentException(values[row].length + " cells for " + columnLabels.size() + " labels");
            }
            this.values[row] = values[row].clone();
        }
    }

    public List<String> rowLabels() {
        return rowLabels;
    }

    public List<String> columnLabels() {
        return columnLabels;
    }

    public int rowCount() {
        return rowLabels.size();
    }

    public int columnCount() {
        return columnLabels.size();
    }

    /** The cell at {@code row}, {@code column} (0-based); NaN where undefined. */
    public double value(int row, int column) {
        return values[row][column];
    }

    /** The cell under the labels {@code row} and {@code column}. */
    public double value(String row, String column) {
        int rowIndex = rowLabels.indexOf(row);
        int columnIndex = columnLabels.indexOf(column);
        if (rowIndex < 0 || columnIndex < 0) {
            throw new IllegalArgumentException("no cell " + row + " / " + column);
        }
        return values[rowIndex][columnIndex];
    }

    /**
     * A table with the row labels in a first column named {@code corner}, then one column per label.
     * Tablesaw compares column names ignoring case and surrounding spaces, so labels that differ
     * only so ("上海" and "上海 ") get a number: "上海 (2)".
     */
    public Table toTable(String name, String corner) {
        Table table = Table.create(name, StringColumn.create(corner, rowLabels));
        for (int column = 0; column < columnLabels.size(); column++) {
            double[] cells = new double[rowLabels.size()];
            for (int row = 0; row < cells.length; row++) {
                cells[row] = values[row][column];
            }
            table.addColumns(DoubleColumn.create(freeName(table, columnLabels.get(column)), cells));
        }
        return table;
    }

    /** {@code label}, or {@code label (2)}, {@code (3)}... when the table already has a column of that name. */
    public static String freeName(Table table, String label) {
        String free = label;
        // Tablesaw trims a new column's name, then refuses it when another column has it
        for (int copy = 2; table.containsColumn(free.trim()); copy++) {
            free = label + " (" + copy + ")";
        }
        return free;
    }
}

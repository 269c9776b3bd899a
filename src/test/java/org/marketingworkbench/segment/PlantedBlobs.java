package org.marketingworkbench.segment;

import java.util.Random;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Test data: Gaussian blobs around known centres, with the planted label of every point. */
record PlantedBlobs(Points points, int[] planted) {

    /** {@code perBlob} points around each centre with standard deviation {@code spread}, interleaved. */
    static PlantedBlobs of(double[][] centres, int perBlob, double spread, long seed) {
        Random random = new Random(seed);
        int dims = centres[0].length;
        int rows = centres.length * perBlob;
        double[][] values = new double[rows][dims];
        int[] planted = new int[rows];
        for (int row = 0; row < rows; row++) {
            planted[row] = row % centres.length;
            for (int dim = 0; dim < dims; dim++) {
                values[row][dim] = centres[planted[row]][dim] + spread * random.nextGaussian();
            }
        }
        return new PlantedBlobs(Points.ofRows(values), planted);
    }

    /** Four well separated blobs in five dimensions (centres 10 apart, spread 1). */
    static PlantedBlobs fourSeparated(int perBlob, long seed) {
        double[][] centres = {
            {0, 0, 0, 0, 0}, {10, 0, 10, 0, 0}, {0, 10, 0, 10, 0}, {10, 10, 0, 0, 10}
        };
        return of(centres, perBlob, 1.0, seed);
    }

    /** The points as a table with columns x1, x2, ... */
    Table table() {
        Table table = Table.create("blobs");
        for (int dim = 0; dim < points.dims(); dim++) {
            double[] column = new double[points.rows()];
            for (int row = 0; row < points.rows(); row++) {
                column[row] = points.value(row, dim);
            }
            table.addColumns(DoubleColumn.create("x" + (dim + 1), column));
        }
        return table;
    }
}

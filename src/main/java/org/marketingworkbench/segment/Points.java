package org.marketingworkbench.segment;

/**
 * Points in feature space, stored feature by feature: the value of feature {@code dim} for point
 * {@code row} is {@code values[dim * rows + row]}. This column-major layout lets the JIT compile the
 * k-means sweeps over a block of points into vector instructions.
 *
 * <p>The array is shared, not copied: callers must not change it after handing it over.
 */
public record Points(double[] values, int rows, int dims) {

    public Points {
        if (rows < 0 || dims < 1 || (long) rows * dims != values.length) {
            throw new IllegalArgumentException("values hold " + values.length + " numbers, not " + rows + " x " + dims);
        }
    }

    /** Points from row-major arrays (one array per point), copied. */
    public static Points ofRows(double[][] rows) {
        int count = rows.length;
        int dims = rows[0].length;
        double[] values = new double[count * dims];
        for (int row = 0; row < count; row++) {
            for (int dim = 0; dim < dims; dim++) {
                values[dim * count + row] = rows[row][dim];
            }
        }
        return new Points(values, count, dims);
    }

    public double value(int row, int dim) {
        return values[dim * rows + row];
    }

    /** The point's coordinates, copied. */
    public double[] row(int row) {
        double[] point = new double[dims];
        for (int dim = 0; dim < dims; dim++) {
            point[dim] = values[dim * rows + row];
        }
        return point;
    }

    /** The population variance of each feature. */
    public double[] variances() {
        double[] variances = new double[dims];
        for (int dim = 0; dim < dims; dim++) {
            int offset = dim * rows;
            double mean = 0;
            for (int row = 0; row < rows; row++) {
                mean += values[offset + row];
            }
            mean /= rows;
            double sum = 0;
            for (int row = 0; row < rows; row++) {
                double difference = values[offset + row] - mean;
                sum += difference * difference;
            }
            variances[dim] = sum / rows;
        }
        return variances;
    }

    /**
     * The number of distinct points, counting at most to {@code limit} (enough to know whether k
     * segments can be formed without scanning every pair).
     */
    public int distinctUpTo(int limit) {
        double[][] seen = new double[limit][];
        int count = 0;
        for (int row = 0; row < rows && count < limit; row++) {
            boolean known = false;
            for (int index = 0; index < count && !known; index++) {
                known = sameAs(row, seen[index]);
            }
            if (!known) {
                seen[count++] = row(row);
            }
        }
        return count;
    }

    private boolean sameAs(int row, double[] point) {
        for (int dim = 0; dim < dims; dim++) {
            if (Double.compare(values[dim * rows + row], point[dim]) != 0) {
                return false;
            }
        }
        return true;
    }
}

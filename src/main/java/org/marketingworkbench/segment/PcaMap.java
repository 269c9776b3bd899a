package org.marketingworkbench.segment;

import smile.feature.extraction.PCA;
import smile.math.matrix.Matrix;

/**
 * Projects the scaled features onto their first two principal components with Smile's PCA. The
 * components are fitted on at most {@link #FIT_LIMIT} seeded random points (two components of a
 * few features are settled long before that; a full fit of a million rows takes over a second)
 * and every point is projected.
 */
final class PcaMap {

    static final int FIT_LIMIT = 100_000;
    /** More points than this are drawn as a sample: a chart cannot show more distinctly. */
    static final int DRAW_LIMIT = 100_000;

    private PcaMap() {
    }

    static MapProjection project(Points points, long seed) {
        int rows = points.rows();
        int[] drawn = RowSample.of(rows, DRAW_LIMIT, seed);
        if (points.dims() == 1) {
            double[] x = new double[rows];
            for (int row = 0; row < rows; row++) {
                x[row] = points.value(row, 0);
            }
            return new MapProjection(x, new double[rows], drawn, new double[] {1, 0}, rows);
        }
        int[] fitRows = RowSample.of(rows, FIT_LIMIT, seed + 1);
        double[][] sample = new double[fitRows.length][];
        for (int index = 0; index < fitRows.length; index++) {
            sample[index] = points.row(fitRows[index]);
        }
        PCA pca = PCA.fit(sample);
        Matrix loadings = pca.loadings();
        double[] center = pca.center();
        double[][] axes = new double[2][points.dims()];
        for (int axis = 0; axis < 2; axis++) {
            for (int dim = 0; dim < points.dims(); dim++) {
                axes[axis][dim] = loadings.get(dim, axis);
            }
            orient(axes[axis]);
        }
        double[] x = new double[rows];
        double[] y = new double[rows];
        for (int dim = 0; dim < points.dims(); dim++) {
            for (int row = 0; row < rows; row++) {
                double centered = points.value(row, dim) - center[dim];
                x[row] += centered * axes[0][dim];
                y[row] += centered * axes[1][dim];
            }
        }
        double[] proportion = pca.varianceProportion();
        return new MapProjection(x, y, drawn, new double[] {proportion[0], proportion[1]}, fitRows.length);
    }

    /** An eigenvector's sign is arbitrary: make its largest loading positive so the map does not flip between runs. */
    private static void orient(double[] axis) {
        int largest = 0;
        for (int dim = 1; dim < axis.length; dim++) {
            if (Math.abs(axis[dim]) > Math.abs(axis[largest])) {
                largest = dim;
            }
        }
        if (axis[largest] < 0) {
            for (int dim = 0; dim < axis.length; dim++) {
                axis[dim] = -axis[dim];
            }
        }
    }
}

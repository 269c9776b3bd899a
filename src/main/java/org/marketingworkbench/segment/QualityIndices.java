package org.marketingworkbench.segment;

/**
 * The Calinski-Harabasz and Davies-Bouldin indices of a labelling, computed on every point with
 * centres recomputed from the labels (as scikit-learn's calinski_harabasz_score and
 * davies_bouldin_score do).
 */
final class QualityIndices {

    private final double calinskiHarabasz;
    private final double daviesBouldin;

    private QualityIndices(double calinskiHarabasz, double daviesBouldin) {
        this.calinskiHarabasz = calinskiHarabasz;
        this.daviesBouldin = daviesBouldin;
    }

    double calinskiHarabasz() {
        return calinskiHarabasz;
    }

    double daviesBouldin() {
        return daviesBouldin;
    }

    static QualityIndices of(Points points, int[] labels, int k) {
        int rows = points.rows();
        int dims = points.dims();
        long[] counts = new long[k];
        for (int label : labels) {
            counts[label]++;
        }
        double[][] centers = new double[k][dims];
        double[] overall = new double[dims];
        double[] spread = new double[k];
        double within = 0;
        double[] squared = new double[rows];
        for (int dim = 0; dim < dims; dim++) {
            for (int row = 0; row < rows; row++) {
                centers[labels[row]][dim] += points.value(row, dim);
                overall[dim] += points.value(row, dim);
            }
            for (int c = 0; c < k; c++) {
                centers[c][dim] = counts[c] == 0 ? 0 : centers[c][dim] / counts[c];
            }
            overall[dim] /= rows;
            for (int row = 0; row < rows; row++) {
                double difference = points.value(row, dim) - centers[labels[row]][dim];
                squared[row] += difference * difference;
            }
        }
        for (int row = 0; row < rows; row++) {
            within += squared[row];
            spread[labels[row]] += Math.sqrt(squared[row]);
        }
        int present = 0;
        double between = 0;
        for (int c = 0; c < k; c++) {
            if (counts[c] > 0) {
                present++;
                spread[c] /= counts[c];
                between += counts[c] * squaredDistance(centers[c], overall);
            }
        }
        double calinski = within == 0 ? 1.0 : between * (rows - present) / (within * (present - 1.0));
        return new QualityIndices(calinski, daviesBouldin(centers, spread, counts));
    }

    /** Mean over segments of the largest (spread_i + spread_j) / distance(centre_i, centre_j). */
    private static double daviesBouldin(double[][] centers, double[] spread, long[] counts) {
        int k = centers.length;
        double total = 0;
        int present = 0;
        boolean anySpread = false;
        boolean anySeparation = false;
        for (int i = 0; i < k; i++) {
            if (counts[i] == 0) {
                continue;
            }
            present++;
            anySpread |= spread[i] > 1e-8;
            double worst = 0;
            for (int j = 0; j < k; j++) {
                if (j == i || counts[j] == 0) {
                    continue;
                }
                double separation = Math.sqrt(squaredDistance(centers[i], centers[j]));
                anySeparation |= separation > 1e-8;
                // coinciding centres count as infinitely far apart, as in scikit-learn
                double ratio = separation == 0 ? 0 : (spread[i] + spread[j]) / separation;
                worst = Math.max(worst, ratio);
            }
            total += worst;
        }
        if (!anySpread || !anySeparation) {
            return 0;
        }
        return total / present;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int dim = 0; dim < a.length; dim++) {
            sum += (a[dim] - b[dim]) * (a[dim] - b[dim]);
        }
        return sum;
    }
}

package org.marketingworkbench.segment;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The outcome of k-means on a set of points: centres in the (scaled) feature space, each point's
 * segment and distance to its centre. Segments are numbered from 0, largest first.
 *
 * @param centers         k centres of dims values
 * @param labels          each point's segment
 * @param distances       each point's Euclidean distance to its segment's centre
 * @param inertia         J, the sum of squared distances of points to their centres
 * @param iterations      iterations of the kept start
 * @param totalIterations iterations of all starts together
 * @param converged       whether the kept start stopped before its iteration cap
 */
public record Clustering(double[][] centers, int[] labels, double[] distances, double inertia, int iterations,
        int totalIterations, boolean converged) {

    public int k() {
        return centers.length;
    }

    public int size() {
        return labels.length;
    }

    public int label(int row) {
        return labels[row];
    }

    public double distance(int row) {
        return distances[row];
    }

    /** A copy of the centres. */
    @Override
    public double[][] centers() {
        return Arrays.stream(centers).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public double[] distances() {
        return distances.clone();
    }

    /** The number of points in each segment. */
    public int[] sizes() {
        int[] sizes = new int[k()];
        for (int label : labels) {
            sizes[label]++;
        }
        return sizes;
    }

    /** The same clustering with segments renumbered by size, largest first (ties keep their order). */
    Clustering sortedBySize() {
        int[] sizes = sizes();
        int[] order = IntStream.range(0, k()).boxed()
                .sorted(Comparator.<Integer>comparingInt(c -> -sizes[c]).thenComparingInt(c -> c))
                .mapToInt(Integer::intValue).toArray();
        int[] rank = new int[k()];
        double[][] sorted = new double[k()][];
        for (int position = 0; position < order.length; position++) {
            rank[order[position]] = position;
            sorted[position] = centers[order[position]].clone();
        }
        int[] relabelled = new int[labels.length];
        for (int row = 0; row < labels.length; row++) {
            relabelled[row] = rank[labels[row]];
        }
        return new Clustering(sorted, relabelled, distances.clone(), inertia, iterations, totalIterations, converged);
    }
}

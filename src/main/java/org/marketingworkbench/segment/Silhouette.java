package org.marketingworkbench.segment;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.marketingworkbench.common.Progress;

/**
 * The mean silhouette (Rousseeuw 1987) with Euclidean distances: for each point, a = mean distance
 * to the other points of its segment, b = the smallest mean distance to another segment's points,
 * s = (b - a) / max(a, b), and 0 for a point alone in its segment. Exact up to {@link #EXACT_LIMIT}
 * points; beyond, computed on a seeded random sample of that many points (as scikit-learn's
 * silhouette_score with sample_size), because the work grows with the square of the points.
 */
final class Silhouette {

    static final int EXACT_LIMIT = 10_000;

    private Silhouette() {
    }

    static Value of(Points points, int[] labels, int k, int limit, long seed, ParallelChunks parallel,
            Progress progress) {
        int[] sample = RowSample.of(points.rows(), limit, seed);
        // order the sample by segment so each segment's points form one run of the arrays
        Integer[] order = IntStream.of(sample).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingInt(row -> labels[row]).thenComparingInt(row -> row));
        int size = order.length;
        int dims = points.dims();
        double[][] columns = new double[dims][size];
        int[] starts = new int[k + 1];
        for (int index = 0; index < size; index++) {
            for (int dim = 0; dim < dims; dim++) {
                columns[dim][index] = points.value(order[index], dim);
            }
            starts[labels[order[index]] + 1]++;
        }
        for (int c = 0; c < k; c++) {
            starts[c + 1] += starts[c];
        }
        if (IntStream.range(0, k).filter(c -> starts[c + 1] > starts[c]).count() < 2) {
            return new Value(Double.NaN, size, size == points.rows());
        }
        double[] values = new double[size];
        double[][] scratch = new double[parallel.workers()][size];
        parallel.run(size, 64, (worker, chunk, from, to) -> {
            progress.checkCancelled();
            for (int index = from; index < to; index++) {
                values[index] = pointValue(columns, starts, index, scratch[worker]);
            }
        });
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return new Value(sum / size, size, size == points.rows());
    }

    /** The silhouette value and how it was computed. */
    record Value(double value, int sampleSize, boolean exact) {
    }

    private static double pointValue(double[][] columns, int[] starts, int index, double[] distances) {
        int size = distances.length;
        Arrays.fill(distances, 0);
        for (double[] column : columns) {
            VectorLoops.addSquaredDifference(distances, column, column[index], size);
        }
        for (int other = 0; other < size; other++) {
            distances[other] = Math.sqrt(distances[other]);
        }
        int own = segmentOf(starts, index);
        int ownSize = starts[own + 1] - starts[own];
        if (ownSize == 1) {
            return 0;
        }
        double a = VectorLoops.sum(distances, starts[own], starts[own + 1]) / (ownSize - 1);
        double b = Double.POSITIVE_INFINITY;
        for (int c = 0; c + 1 < starts.length; c++) {
            int members = starts[c + 1] - starts[c];
            if (c != own && members > 0) {
                b = Math.min(b, VectorLoops.sum(distances, starts[c], starts[c + 1]) / members);
            }
        }
        double larger = Math.max(a, b);
        return larger == 0 ? 0 : (b - a) / larger;
    }

    private static int segmentOf(int[] starts, int index) {
        int c = 0;
        while (starts[c + 1] <= index) {
            c++;
        }
        return c;
    }
}

package org.marketingworkbench.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;

class SilhouetteTest {

    @Test
    void equalsBruteForceOnASmallSet() {
        PlantedBlobs blobs = PlantedBlobs.of(new double[][] {{0, 0, 0}, {2, 1, 0}, {1, 3, 1}}, 40, 1.0, 21);
        int[] labels = blobs.planted().clone();
        labels[5] = 2;
        labels[6] = 0;
        double expected = bruteForce(blobs.points(), labels, allRows(blobs.points().rows()));
        assertThat(silhouette(blobs.points(), labels, 3, Silhouette.EXACT_LIMIT).value())
                .isCloseTo(expected, within(1e-12));
    }

    @Test
    void onALargeSetUsesTheStatedSeededSample() {
        PlantedBlobs blobs = PlantedBlobs.of(new double[][] {{0, 0}, {3, 0}, {0, 3}}, 100, 1.0, 8);
        Silhouette.Value sampled = silhouette(blobs.points(), blobs.planted(), 3, 50);
        double expected = bruteForce(blobs.points(), blobs.planted(), RowSample.of(300, 50, 1));
        assertThat(sampled.sampleSize()).isEqualTo(50);
        assertThat(sampled.exact()).isFalse();
        assertThat(sampled.value()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void aPointAloneInItsSegmentCountsZero() {
        // points 0, 1 at x = 0 and 1 (segment 0), point 2 alone at x = 10 (segment 1):
        // s(0): a = 1, b = 10 -> 0.9; s(1): a = 1, b = 9 -> 8/9; s(2) = 0 -> mean (0.9 + 8/9) / 3
        Points points = Points.ofRows(new double[][] {{0}, {1}, {10}});
        assertThat(silhouette(points, new int[] {0, 0, 1}, 2, 100).value())
                .isCloseTo((0.9 + 8.0 / 9) / 3, within(1e-12));
    }

    @Test
    void isHigherForWellSeparatedBlobs() {
        PlantedBlobs near = PlantedBlobs.of(new double[][] {{0, 0}, {2, 0}}, 100, 1, 3);
        PlantedBlobs far = PlantedBlobs.of(new double[][] {{0, 0}, {8, 0}}, 100, 1, 3);
        assertThat(silhouette(far.points(), far.planted(), 2, 1000).value())
                .isGreaterThan(silhouette(near.points(), near.planted(), 2, 1000).value());
    }

    private static Silhouette.Value silhouette(Points points, int[] labels, int k, int limit) {
        try (ParallelChunks parallel = new ParallelChunks(2)) {
            return Silhouette.of(points, labels, k, limit, 1, parallel, Progress.none());
        }
    }

    /** The definition, pair by pair: O(n^2) distances among the given rows only. */
    private static double bruteForce(Points points, int[] labels, int[] rows) {
        double total = 0;
        for (int i : rows) {
            double[] sums = new double[10];
            int[] counts = new int[10];
            for (int j : rows) {
                double squared = 0;
                for (int dim = 0; dim < points.dims(); dim++) {
                    squared += Math.pow(points.value(i, dim) - points.value(j, dim), 2);
                }
                sums[labels[j]] += Math.sqrt(squared);
                counts[labels[j]]++;
            }
            int own = labels[i];
            if (counts[own] == 1) {
                continue;
            }
            double a = sums[own] / (counts[own] - 1);
            double b = Double.MAX_VALUE;
            for (int c = 0; c < 10; c++) {
                if (c != own && counts[c] > 0) {
                    b = Math.min(b, sums[c] / counts[c]);
                }
            }
            total += (b - a) / Math.max(a, b);
        }
        return total / rows.length;
    }

    private static int[] allRows(int rows) {
        return java.util.stream.IntStream.range(0, rows).toArray();
    }
}

package org.marketingworkbench.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import org.marketingworkbench.common.Progress;

/**
 * Lloyd's iterations from given centres, in parallel over chunks of points: each worker assigns
 * its points to the nearest centre and sums them per centre; the per-chunk sums are merged in
 * chunk order (so the result does not depend on the thread count) and become the new centres.
 * Stops as scikit-learn's Lloyd does: when no label changed, or when the centres moved (sum of
 * squared shifts) no more than the tolerance. Unlike scikit-learn, the returned centres are
 * always the means of the returned labels (J can only be lower for it), and after the first
 * iteration the sums are updated only for points that changed segment.
 */
final class LloydRun {

    /** One start's end state; the labels are in the array passed to {@link #run}. */
    record Outcome(double[] centers, double inertia, int iterations, boolean converged) {
    }

    private final Points points;
    private final int k;
    private final int dims;
    private final ParallelChunks parallel;
    private final BlockKernel[] kernels;
    private final double[][] chunkSums;
    private final long[][] chunkCounts;
    private final long[] chunkChanged;
    private final double[] chunkTotals;

    LloydRun(Points points, int k, ParallelChunks parallel, BlockKernel[] kernels) {
        this.points = points;
        this.k = k;
        this.dims = points.dims();
        this.parallel = parallel;
        this.kernels = kernels;
        int chunks = ParallelChunks.chunkCount(points.rows());
        this.chunkSums = new double[chunks][k * dims];
        this.chunkCounts = new long[chunks][k];
        this.chunkChanged = new long[chunks];
        this.chunkTotals = new double[chunks];
    }

    Outcome run(double[] start, int[] labels, int maxIterations, double tolerance, Progress progress,
            IntConsumer onIteration) {
        Arrays.fill(labels, -1);
        double[] centers = start.clone();
        double[] sums = new double[k * dims];
        long[] counts = new long[k];
        boolean converged = false;
        int iterations = 0;
        while (iterations < maxIterations) {
            progress.checkCancelled();
            // the first pass sums every point; later passes only move the points that changed
            // segment, which after a few iterations are few: the update step then costs almost nothing
            long changed = assign(centers, labels, iterations == 0);
            mergeChunks(sums, counts);
            relocateEmpty(centers, labels, sums, counts);
            double shift = 0;
            for (int c = 0; c < k; c++) {
                for (int dim = 0; dim < dims; dim++) {
                    double mean = sums[c * dims + dim] / counts[c];
                    shift += (mean - centers[c * dims + dim]) * (mean - centers[c * dims + dim]);
                    centers[c * dims + dim] = mean;
                }
            }
            iterations++;
            onIteration.accept(iterations);
            if (changed == 0 || shift <= tolerance) {
                converged = true;
                break;
            }
        }
        // one more full pass: labels for the last centres, and centres recomputed as the exact means of
        // those labels (no rounding left from the running sums), so centres, labels, distances and
        // profiles all agree
        assign(centers, labels, true);
        Arrays.fill(sums, 0);
        Arrays.fill(counts, 0);
        mergeChunks(sums, counts);
        for (int c = 0; c < k; c++) {
            for (int dim = 0; dim < dims && counts[c] > 0; dim++) {
                centers[c * dims + dim] = sums[c * dims + dim] / counts[c];
            }
        }
        return new Outcome(centers, distances(centers, labels, null), iterations, converged);
    }

    /** Adds up the per-chunk sums and counts in chunk order, so the total does not depend on scheduling. */
    private void mergeChunks(double[] sums, long[] counts) {
        for (int chunk = 0; chunk < chunkSums.length; chunk++) {
            for (int index = 0; index < sums.length; index++) {
                sums[index] += chunkSums[chunk][index];
            }
            for (int c = 0; c < k; c++) {
                counts[c] += chunkCounts[chunk][c];
            }
        }
    }

    /**
     * Assigns every point to its nearest centre and returns how many labels changed. Per chunk, it
     * leaves either the sums and counts of all points ({@code all}) or the change that the moved
     * points make to them.
     */
    long assign(double[] centers, int[] labels, boolean all) {
        double[] minusTwice = new double[k * dims];
        double[] norms = new double[k];
        for (int c = 0; c < k; c++) {
            for (int dim = 0; dim < dims; dim++) {
                double value = centers[c * dims + dim];
                minusTwice[c * dims + dim] = -2 * value;
                norms[c] += value * value;
            }
        }
        parallel.run(points.rows(), (worker, chunk, from, to) -> {
            BlockKernel kernel = kernels[worker];
            double[] sums = chunkSums[chunk];
            long[] counts = chunkCounts[chunk];
            Arrays.fill(sums, 0);
            Arrays.fill(counts, 0);
            long changed = 0;
            for (int start = from; start < to; start += BlockKernel.BLOCK) {
                int length = Math.min(BlockKernel.BLOCK, to - start);
                kernel.load(points, start, length);
                kernel.assign(minusTwice, norms);
                if (all) {
                    changed += kernel.storeLabels(labels, start);
                    kernel.accumulate(sums, counts);
                } else {
                    changed += kernel.moveChanged(labels, start, sums, counts);
                }
            }
            chunkChanged[chunk] = changed;
        });
        return Arrays.stream(chunkChanged).sum();
    }

    /** The inertia J of these labels and centres; fills {@code distances} (Euclidean) when given. */
    double distances(double[] centers, int[] labels, double[] distances) {
        parallel.run(points.rows(), (worker, chunk, from, to) -> {
            BlockKernel kernel = kernels[worker];
            double total = 0;
            for (int start = from; start < to; start += BlockKernel.BLOCK) {
                int length = Math.min(BlockKernel.BLOCK, to - start);
                kernel.load(points, start, length);
                for (int p = 0; p < length; p++) {
                    kernel.setNearest(p, labels[start + p]);
                }
                total += kernel.distancesToOwn(centers, distances, start);
            }
            chunkTotals[chunk] = total;
        });
        double inertia = 0;
        for (double total : chunkTotals) {
            inertia += total;
        }
        return inertia;
    }

    /**
     * Gives each empty segment the point farthest from its centre, taken out of its old segment
     * (scikit-learn does the same), so k segments always come back. Rare, so done on one thread.
     */
    private void relocateEmpty(double[] centers, int[] labels, double[] sums, long[] counts) {
        int empty = (int) Arrays.stream(counts).filter(count -> count == 0).count();
        if (empty == 0) {
            return;
        }
        List<double[]> farthest = farthestPoints(centers, labels, empty + k);
        int next = 0;
        for (int c = 0; c < k; c++) {
            while (counts[c] == 0 && next < farthest.size()) {
                int row = (int) farthest.get(next++)[1];
                int old = labels[row];
                if (counts[old] <= 1) {
                    continue;
                }
                for (int dim = 0; dim < dims; dim++) {
                    double value = points.value(row, dim);
                    sums[old * dims + dim] -= value;
                    sums[c * dims + dim] = value;
                }
                counts[old]--;
                counts[c] = 1;
                labels[row] = c;
            }
        }
    }

    /** The {@code count} points farthest from their centres as (squared distance, row), farthest first. */
    private List<double[]> farthestPoints(double[] centers, int[] labels, int count) {
        Comparator<double[]> nearestFirst = Comparator.<double[]>comparingDouble(entry -> entry[0])
                .thenComparing(entry -> -entry[1]);
        java.util.PriorityQueue<double[]> top = new java.util.PriorityQueue<>(nearestFirst);
        BlockKernel kernel = kernels[0];
        for (int start = 0; start < points.rows(); start += BlockKernel.BLOCK) {
            int length = Math.min(BlockKernel.BLOCK, points.rows() - start);
            kernel.load(points, start, length);
            for (int p = 0; p < length; p++) {
                kernel.setNearest(p, labels[start + p]);
            }
            kernel.distancesToOwn(centers, null, 0);
            for (int p = 0; p < length; p++) {
                double distance = kernel.ownSquaredDistance(p);
                if (top.size() < count || distance > top.peek()[0]) {
                    top.add(new double[] {distance, start + p});
                    if (top.size() > count) {
                        top.poll();
                    }
                }
            }
        }
        List<double[]> farthest = new ArrayList<>(top);
        farthest.sort(nearestFirst.reversed());
        return farthest;
    }
}

package org.marketingworkbench.segment;

import java.util.SplittableRandom;
import org.marketingworkbench.common.Progress;

/**
 * Greedy k-means++ seeding (Arthur and Vassilvitskii 2007, with the local trials scikit-learn
 * uses): each new centre is the best of 2 + ln(k) candidates drawn with probability proportional
 * to the squared distance to the nearest centre chosen so far, "best" meaning the lowest total.
 */
final class KMeansPlusPlus {

    private final Points points;
    private final int k;
    private final ParallelChunks parallel;
    private final BlockKernel[] kernels;

    KMeansPlusPlus(Points points, int k, ParallelChunks parallel, BlockKernel[] kernels) {
        this.points = points;
        this.k = k;
        this.parallel = parallel;
        this.kernels = kernels;
    }

    /** k centres (k x dims values, centre by centre) drawn with {@code random}. */
    double[] seed(SplittableRandom random, Progress progress) {
        int rows = points.rows();
        int dims = points.dims();
        int trials = 2 + (int) Math.log(k);
        int chunks = ParallelChunks.chunkCount(rows);
        double[] centers = new double[k * dims];
        copyPoint(random.nextInt(rows), centers, 0);
        double[] closest = new double[rows];
        double[][] chunkTotals = new double[chunks][trials];
        distancesToCandidates(centers, 0, 1, new double[][] {closest}, null, chunkTotals);
        double[] chunkWeights = column(chunkTotals, 0);
        double[][] trialClosest = new double[trials][rows];
        double[] candidates = new double[trials * dims];
        for (int c = 1; c < k; c++) {
            progress.checkCancelled();
            double potential = sum(chunkWeights);
            for (int trial = 0; trial < trials; trial++) {
                copyPoint(draw(closest, chunkWeights, random.nextDouble() * potential), candidates, trial * dims);
            }
            distancesToCandidates(candidates, 0, trials, trialClosest, closest, chunkTotals);
            int best = 0;
            for (int trial = 1; trial < trials; trial++) {
                if (sum(column(chunkTotals, trial)) < sum(column(chunkTotals, best))) {
                    best = trial;
                }
            }
            System.arraycopy(candidates, best * dims, centers, c * dims, dims);
            double[] chosen = trialClosest[best];
            trialClosest[best] = closest;
            closest = chosen;
            chunkWeights = column(chunkTotals, best);
        }
        return centers;
    }

    /**
     * For each candidate t, out[t][i] = min(previous[i], squared distance of point i to t) (no
     * minimum when previous is null), with per-chunk sums in chunkTotals[chunk][t].
     */
    private void distancesToCandidates(double[] candidates, int first, int count, double[][] out, double[] previous,
            double[][] chunkTotals) {
        int dims = points.dims();
        parallel.run(points.rows(), (worker, chunk, from, to) -> {
            BlockKernel kernel = kernels[worker];
            java.util.Arrays.fill(chunkTotals[chunk], 0);
            for (int start = from; start < to; start += BlockKernel.BLOCK) {
                int length = Math.min(BlockKernel.BLOCK, to - start);
                kernel.load(points, start, length);
                double[] before = previous == null ? null : kernel.copyToScratch(previous, start);
                for (int t = 0; t < count; t++) {
                    double[] squared = kernel.squaredDistancesTo(candidates, (first + t) * dims, t);
                    if (before != null) {
                        VectorLoops.minimumInPlace(squared, before, length);
                    }
                    chunkTotals[chunk][t] += VectorLoops.sum(squared, length);
                    System.arraycopy(squared, 0, out[t], start, length);
                }
            }
        });
    }

    /**
     * The first point whose running sum of weights passes {@code target}, never a point of weight 0.
     * The chunk is found from the chunk totals, the point by walking that chunk.
     */
    private static int draw(double[] weights, double[] chunkWeights, double target) {
        int chunk = 0;
        double running = 0;
        while (chunk < chunkWeights.length - 1 && running + chunkWeights[chunk] <= target) {
            running += chunkWeights[chunk];
            chunk++;
        }
        int from = chunk * ParallelChunks.CHUNK_ROWS;
        int to = Math.min(weights.length, from + ParallelChunks.CHUNK_ROWS);
        int lastWithWeight = -1;
        for (int row = from; row < to; row++) {
            if (weights[row] > 0) {
                running += weights[row];
                lastWithWeight = row;
                if (running > target) {
                    return row;
                }
            }
        }
        // rounding (chunk totals are summed in another order) left the target just past this chunk
        if (lastWithWeight >= 0) {
            return lastWithWeight;
        }
        for (int row = weights.length - 1; row >= 0; row--) {
            if (weights[row] > 0) {
                return row;
            }
        }
        throw new IllegalStateException("all points coincide with the chosen centres");
    }

    private void copyPoint(int row, double[] target, int offset) {
        for (int dim = 0; dim < points.dims(); dim++) {
            target[offset + dim] = points.value(row, dim);
        }
    }

    private static double[] column(double[][] table, int column) {
        double[] values = new double[table.length];
        for (int row = 0; row < table.length; row++) {
            values[row] = table[row][column];
        }
        return values;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}

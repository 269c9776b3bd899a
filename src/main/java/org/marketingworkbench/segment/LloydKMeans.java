package org.marketingworkbench.segment;

import java.util.SplittableRandom;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;

/**
 * K-means by Lloyd's algorithm, multi-threaded: k-means++ starts (seeded), several restarts of
 * which the lowest inertia J is kept, an iteration cap and a tolerance, empty segments refilled.
 * Written here rather than calling Smile's because Smile 3.1.1's {@code KMeans.lloyd} measured
 * 4.3x slower per iteration than scikit-learn on 1,000,000 x 8 (issue 5).
 */
public final class LloydKMeans {

    private LloydKMeans() {
    }

    /** Clusters {@code points} into {@code options.k()} segments, largest first; checks cancel between iterations. */
    public static Clustering fit(Points points, KMeansOptions options, Progress progress) {
        requireEnoughDistinctPoints(points, options.k());
        return fit(points, options, null, progress);
    }

    /**
     * One run of Lloyd's iterations from the given centres (no seeding, no restarts): for
     * benchmarks against another implementation started from the same place.
     */
    public static Clustering fitFrom(Points points, double[][] startCenters, KMeansOptions options, Progress progress) {
        if (startCenters.length != options.k() || startCenters[0].length != points.dims()) {
            throw new BadInputException("segment.error.centers", startCenters.length, startCenters[0].length,
                    options.k(), points.dims());
        }
        double[] flat = new double[options.k() * points.dims()];
        for (int c = 0; c < options.k(); c++) {
            System.arraycopy(startCenters[c], 0, flat, c * points.dims(), points.dims());
        }
        return fit(points, options.withRestarts(1), flat, progress);
    }

    static void requireEnoughDistinctPoints(Points points, int k) {
        int distinct = points.distinctUpTo(k);
        if (distinct < k) {
            throw new BadInputException("segment.error.kTooLarge", k, distinct);
        }
    }

    private static Clustering fit(Points points, KMeansOptions options, double[] start, Progress progress) {
        int k = options.k();
        int rows = points.rows();
        double tolerance = options.tolerance() * mean(points.variances());
        try (ParallelChunks parallel = new ParallelChunks(options.threads())) {
            BlockKernel[] kernels = new BlockKernel[parallel.workers()];
            for (int worker = 0; worker < kernels.length; worker++) {
                kernels[worker] = new BlockKernel(points.dims(), k);
            }
            LloydRun lloyd = new LloydRun(points, k, parallel, kernels);
            KMeansPlusPlus seeding = new KMeansPlusPlus(points, k, parallel, kernels);
            SplittableRandom seeds = new SplittableRandom(options.seed());
            int[] labels = new int[rows];
            int[] bestLabels = new int[rows];
            LloydRun.Outcome best = null;
            int totalIterations = 0;
            int restarts = options.restarts();
            for (int restart = 0; restart < restarts; restart++) {
                progress.checkCancelled();
                int number = restart + 1;
                double done = restart;
                progress.update(restart, restarts, Messages.get("segment.progress.seeding", number, restarts));
                SplittableRandom random = seeds.split();
                double[] centers = start != null ? start : seeding.seed(random, progress);
                LloydRun.Outcome outcome = lloyd.run(centers, labels, options.maxIterations(), tolerance, progress,
                        iteration -> progress.update(done + Math.min(0.99, iteration / 50.0), restarts,
                                Messages.get("segment.progress.iteration", number, restarts, iteration)));
                totalIterations += outcome.iterations();
                if (best == null || outcome.inertia() < best.inertia()) {
                    best = outcome;
                    int[] swap = bestLabels;
                    bestLabels = labels;
                    labels = swap;
                }
            }
            double[] distances = new double[rows];
            double inertia = lloyd.distances(best.centers(), bestLabels, distances);
            progress.update(restarts, restarts, "");
            return new Clustering(unflatten(best.centers(), k), bestLabels, distances, inertia, best.iterations(),
                    totalIterations, best.converged()).sortedBySize();
        }
    }

    private static double[][] unflatten(double[] flat, int k) {
        int dims = flat.length / k;
        double[][] centers = new double[k][dims];
        for (int c = 0; c < k; c++) {
            System.arraycopy(flat, c * dims, centers[c], 0, dims);
        }
        return centers;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}

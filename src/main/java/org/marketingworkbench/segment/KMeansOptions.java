package org.marketingworkbench.segment;

import org.marketingworkbench.common.BadInputException;

/**
 * Parameters of one k-means fit.
 *
 * @param k             the number of segments (at least 2)
 * @param restarts      independent k-means++ starts; the one with the lowest inertia is kept
 * @param maxIterations the iteration cap of each start
 * @param tolerance     stop when the centres moved less than this (sum of squared shifts, relative
 *                      to the mean feature variance, as scikit-learn's {@code tol})
 * @param seed          the random seed: the same seed gives the same result
 * @param threads       worker threads (results do not depend on it)
 */
public record KMeansOptions(int k, int restarts, int maxIterations, double tolerance, long seed, int threads) {

    public static final int DEFAULT_RESTARTS = 5;
    public static final int DEFAULT_MAX_ITERATIONS = 300;
    public static final double DEFAULT_TOLERANCE = 1e-4;

    public KMeansOptions {
        if (k < 2) {
            throw new BadInputException("segment.error.kTooSmall", k);
        }
        if (restarts < 1) {
            throw new BadInputException("segment.error.restarts", restarts);
        }
        if (maxIterations < 1) {
            throw new BadInputException("segment.error.iterations", maxIterations);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new BadInputException("segment.error.tolerance", tolerance);
        }
        if (threads < 1) {
            throw new BadInputException("segment.error.threads", threads);
        }
    }

    /** Defaults: 5 restarts, 300 iterations, tolerance 1e-4, one thread per processor. */
    public static KMeansOptions of(int k, long seed) {
        return new KMeansOptions(k, DEFAULT_RESTARTS, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, seed,
                Runtime.getRuntime().availableProcessors());
    }

    public KMeansOptions withK(int value) {
        return new KMeansOptions(value, restarts, maxIterations, tolerance, seed, threads);
    }

    public KMeansOptions withRestarts(int value) {
        return new KMeansOptions(k, value, maxIterations, tolerance, seed, threads);
    }

    public KMeansOptions withIterations(int cap, double stopTolerance) {
        return new KMeansOptions(k, restarts, cap, stopTolerance, seed, threads);
    }

    public KMeansOptions withSeed(long value) {
        return new KMeansOptions(k, restarts, maxIterations, tolerance, value, threads);
    }

    public KMeansOptions withThreads(int value) {
        return new KMeansOptions(k, restarts, maxIterations, tolerance, seed, value);
    }
}

package org.marketingworkbench.prepare;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Quantiles by linear interpolation between order statistics (Hyndman and Fan type 7), the method
 * of pandas {@code quantile()} and {@code describe()} and of NumPy's default, computed with Commons
 * Math. Missing values (NaN) are left out.
 */
public final class Quantiles {
    private final double[] sorted;
    private final Percentile percentile;

    private Quantiles(double[] sorted) {
        this.sorted = sorted;
        this.percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(sorted);
    }

    /** Quantiles of the non-missing values (NaN left out). */
    public static Quantiles of(double[] values) {
        return new Quantiles(present(values));
    }

    /** The values without NaN, sorted ascending. */
    public static double[] present(double[] values) {
        double[] result = Arrays.stream(values).filter(value -> !Double.isNaN(value)).toArray();
        Arrays.sort(result);
        return result;
    }

    /** The number of non-missing values. */
    public int count() {
        return sorted.length;
    }

    /** The {@code p}-quantile, {@code p} in [0, 1]; NaN when there are no values. */
    public double at(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        if (p <= 0) {
            return sorted[0];
        }
        return percentile.evaluate(Math.min(100, p * 100));
    }

    public double min() {
        return sorted.length == 0 ? Double.NaN : sorted[0];
    }

    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    /** The sorted non-missing values (a copy). */
    public double[] sortedValues() {
        return sorted.clone();
    }
}

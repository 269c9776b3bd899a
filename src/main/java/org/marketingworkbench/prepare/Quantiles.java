package org.marketingworkbench.prepare;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Quantiles by linear interpolation between order statistics (Hyndman and Fan type 7), the method
 * of pandas {@code quantile()} and {@code describe()} and of NumPy's default, computed with Commons
 * Math (by selection, so a million values are not sorted for a median). Missing values (NaN) are
 * left out.
 */
public final class Quantiles {
    private final double[] present;
    private final Percentile percentile;
    private final double min;
    private final double max;

    private Quantiles(double[] present) {
        this.present = present;
        this.percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(present);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double value : present) {
            low = Math.min(low, value);
            high = Math.max(high, value);
        }
        this.min = present.length == 0 ? Double.NaN : low;
        this.max = present.length == 0 ? Double.NaN : high;
    }

    /** Quantiles of the non-missing values (NaN left out). */
    public static Quantiles of(double[] values) {
        return new Quantiles(withoutMissing(values));
    }

    /** The values without NaN, in their order. */
    public static double[] withoutMissing(double[] values) {
        double[] present = new double[values.length];
        int count = 0;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                present[count++] = value;
            }
        }
        return count == values.length ? present : Arrays.copyOf(present, count);
    }

    /** The values without NaN, sorted ascending. */
    public static double[] present(double[] values) {
        double[] result = withoutMissing(values);
        Arrays.sort(result);
        return result;
    }

    /** The number of non-missing values. */
    public int count() {
        return present.length;
    }

    /** The {@code p}-quantile, {@code p} in [0, 1]; NaN when there are no values. */
    public double at(double p) {
        if (present.length == 0) {
            return Double.NaN;
        }
        if (p <= 0) {
            return min;
        }
        return percentile.evaluate(Math.min(100, p * 100));
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** The non-missing values, in their original order (a copy). */
    public double[] values() {
        return present.clone();
    }
}

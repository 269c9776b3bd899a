package org.marketingworkbench.data;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The numbers of a number column, defined as pandas' {@code describe()} and {@code skew()}
 * define them so figures agree with what analysts already use: {@code std} is the sample
 * standard deviation (n - 1), quartiles interpolate linearly between the two nearest ranks
 * (Hyndman-Fan type 7, numpy's "linear"), {@code skewness} is the adjusted Fisher-Pearson
 * coefficient G1. Values that need more data are {@code NaN}: std below 2 values, skewness
 * below 3. A constant column has std 0 and skewness 0.
 */
public record NumberSummary(double min, double max, double mean, double std, double q1, double median, double q3,
        double skewness, Histogram histogram) {

    /**
     * Summarises {@code values}, which must hold no missing values and at least one value.
     *
     * @param integers whether the column holds whole numbers (for whole-number histogram bins)
     */
    public static NumberSummary of(double[] values, boolean integers) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to summarise");
        }
        double min = values[0];
        double max = values[0];
        for (double value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        double mean = new Mean().evaluate(values);
        // Commons Math returns 0 for one value; pandas (and the definition with n - 1) leave it undefined.
        double std = values.length < 2 ? Double.NaN : new StandardDeviation(true).evaluate(values, mean);
        // Commons Math's two-pass skewness divides by the variance; pandas calls a constant column's skewness 0.
        double skewness = std == 0 ? 0 : new Skewness().evaluate(values);
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(values);
        double q1 = percentile.evaluate(25);
        double median = percentile.evaluate(50);
        double q3 = percentile.evaluate(75);
        Histogram histogram = Histogram.of(values, min, max, q1, q3, integers);
        return new NumberSummary(min, max, mean, std, q1, median, q3, skewness, histogram);
    }

    /** The interquartile range, q3 - q1. */
    public double iqr() {
        return q3 - q1;
    }
}

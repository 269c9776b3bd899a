package org.marketingworkbench.explore;

import java.util.List;

/**
 * The five numbers of a box plot for one group, as matplotlib's {@code boxplot_stats}: quartiles
 * by linear interpolation, whiskers at the most extreme values within 1.5 IQR of the box, and the
 * values beyond them as outliers.
 *
 * @param group          the group's value (empty for the whole column)
 * @param count          values in the group
 * @param mean           their mean
 * @param q1             first quartile
 * @param median         median
 * @param q3             third quartile
 * @param lowerWhisker   the smallest value at or above q1 - 1.5 IQR
 * @param upperWhisker   the largest value at or below q3 + 1.5 IQR
 * @param outlierCount   values beyond the whiskers
 * @param outliers       those values, ascending; at most {@link BoxPlots#MAX_OUTLIERS}, the most extreme kept
 */
public record BoxStats(String group, long count, double mean, double q1, double median, double q3,
        double lowerWhisker, double upperWhisker, long outlierCount, List<Double> outliers) {

    public BoxStats {
        outliers = List.copyOf(outliers);
    }

    /** True when not every outlier is listed (the chart says so). */
    public boolean outliersSampled() {
        return outliers.size() < outlierCount;
    }
}

package org.marketingworkbench.segment;

/**
 * The 2-D map of the segmented points: their first two principal components (of the scaled
 * features). Every point is projected; {@link #drawn} names the points a chart should draw, all
 * of them up to {@link PcaMap#DRAW_LIMIT}, else a seeded random sample of that many (say so on
 * the chart when {@link #sampled()}).
 *
 * @param x                  first principal component of each point
 * @param y                  second principal component (0 when there is only one feature)
 * @param drawn              the points to draw, in increasing order
 * @param explainedVariance  the share of the variance each axis holds
 * @param fittedOn           the number of points the components were fitted on
 */
public record MapProjection(double[] x, double[] y, int[] drawn, double[] explainedVariance, int fittedOn) {

    public double x(int row) {
        return x[row];
    }

    public double y(int row) {
        return y[row];
    }

    public int size() {
        return x.length;
    }

    /** True when the chart draws a sample rather than every point. */
    public boolean sampled() {
        return drawn.length < x.length;
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public int[] drawn() {
        return drawn.clone();
    }

    @Override
    public double[] explainedVariance() {
        return explainedVariance.clone();
    }
}

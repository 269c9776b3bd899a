package org.marketingworkbench.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Builds each segment's profile against the whole base from the scaled features and the labels. */
final class SegmentProfiler {

    private SegmentProfiler() {
    }

    /** {@code money} holds a money value per point (aligned with the matrix rows), or is null. */
    static List<SegmentProfile> profiles(FeatureMatrix matrix, Clustering clustering, double[] money) {
        Points points = matrix.points();
        int k = clustering.k();
        int rows = points.rows();
        int[] sizes = clustering.sizes();
        double[][] means = new double[k][points.dims()];
        double[] baseMeans = new double[points.dims()];
        double[] baseDeviations = new double[points.dims()];
        for (int dim = 0; dim < points.dims(); dim++) {
            double total = 0;
            for (int row = 0; row < rows; row++) {
                double value = points.value(row, dim);
                means[clustering.label(row)][dim] += value;
                total += value;
            }
            baseMeans[dim] = total / rows;
            double squares = 0;
            for (int row = 0; row < rows; row++) {
                double difference = points.value(row, dim) - baseMeans[dim];
                squares += difference * difference;
            }
            baseDeviations[dim] = Math.sqrt(squares / rows);
            for (int c = 0; c < k; c++) {
                means[c][dim] /= sizes[c];
            }
        }
        double[] revenue = money == null ? null : revenueShares(clustering, money);
        List<SegmentProfile> profiles = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            List<FeatureProfile> features = new ArrayList<>();
            for (int dim = 0; dim < points.dims(); dim++) {
                // the difference in standard deviations is the same in scaled and original units
                double difference = (means[c][dim] - baseMeans[dim]) / baseDeviations[dim];
                FeatureColumn feature = matrix.features().get(dim);
                features.add(new FeatureProfile(feature, original(feature, matrix.toOriginal(dim, means[c][dim])),
                        original(feature, matrix.toOriginal(dim, baseMeans[dim])), difference));
            }
            OptionalDouble revenueShare = revenue == null ? OptionalDouble.empty() : OptionalDouble.of(revenue[c]);
            profiles.add(new SegmentProfile(c, sizes[c], sizes[c] / (double) rows, features,
                    SegmentDescriber.traits(features), revenueShare));
        }
        return profiles;
    }

    /** A share stays within 0 and 1: scaling back leaves rounding residue such as -1e-17, printed "-0". */
    private static double original(FeatureColumn feature, double value) {
        return feature.isCategory() ? Math.min(1, Math.max(0, value)) : value;
    }

    private static double[] revenueShares(Clustering clustering, double[] money) {
        double[] sums = new double[clustering.k()];
        double total = 0;
        for (int row = 0; row < money.length; row++) {
            sums[clustering.label(row)] += money[row];
            total += money[row];
        }
        for (int c = 0; c < sums.length; c++) {
            sums[c] = total == 0 ? Double.NaN : sums[c] / total;
        }
        return sums;
    }
}

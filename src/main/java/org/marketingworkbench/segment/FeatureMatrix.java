package org.marketingworkbench.segment;

import java.util.List;

/**
 * The table turned into numbers ready for clustering: chosen columns, categories one-hot encoded,
 * rows with missing values dropped or filled as the user chose, constant features left out, and
 * every feature scaled. It keeps the scaling so results can be reported in the original units.
 *
 * @param points     the scaled features of the kept rows
 * @param features   what each dimension is
 * @param sourceRows the table row of each point (rows dropped for missing values have none)
 * @param tableRows  the number of rows in the table
 * @param center     per dimension, the value subtracted before scaling
 * @param scale      per dimension, the divisor: original = scaled * scale + center
 * @param scaling    the scaling used
 * @param notices    what the user should know (features left out, rows dropped or filled)
 */
public record FeatureMatrix(Points points, List<FeatureColumn> features, int[] sourceRows, int tableRows,
        double[] center, double[] scale, Scaling scaling, List<Notice> notices) {

    public FeatureMatrix {
        features = List.copyOf(features);
        notices = List.copyOf(notices);
        if (features.size() != points.dims() || center.length != points.dims() || scale.length != points.dims()
                || sourceRows.length != points.rows()) {
            throw new IllegalArgumentException("feature matrix parts do not match");
        }
    }

    public int rows() {
        return points.rows();
    }

    public int dims() {
        return points.dims();
    }

    /** The table row of point {@code row}. */
    public int sourceRow(int row) {
        return sourceRows[row];
    }

    @Override
    public int[] sourceRows() {
        return sourceRows.clone();
    }

    @Override
    public double[] center() {
        return center.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    /** A scaled value of dimension {@code dim} in the feature's original units. */
    public double toOriginal(int dim, double scaled) {
        return scaled * scale[dim] + center[dim];
    }

    /** A point (such as a centroid) in the original units. */
    public double[] toOriginal(double[] scaled) {
        double[] original = new double[scaled.length];
        for (int dim = 0; dim < scaled.length; dim++) {
            original[dim] = toOriginal(dim, scaled[dim]);
        }
        return original;
    }

    public List<String> featureNames() {
        return features.stream().map(FeatureColumn::name).toList();
    }
}

package org.marketingworkbench.segment;

import java.util.List;
import java.util.Objects;

/**
 * Which columns to segment on and how to prepare them.
 *
 * @param numeric    numeric columns, used as they are (after scaling)
 * @param categories category columns, one-hot encoded (one 0/1 feature per level)
 * @param scaling    how features are scaled before clustering
 * @param missing    what to do with rows that have missing feature values
 */
public record FeatureSelection(List<String> numeric, List<String> categories, Scaling scaling, MissingValues missing) {

    public FeatureSelection {
        numeric = List.copyOf(numeric);
        categories = List.copyOf(categories);
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(missing, "missing");
    }

    /** Numeric columns with z-score scaling; missing values stop the run and ask. */
    public static FeatureSelection numeric(List<String> columns) {
        return new FeatureSelection(columns, List.of(), Scaling.ZSCORE, MissingValues.ASK);
    }

    public FeatureSelection withCategories(List<String> columns) {
        return new FeatureSelection(numeric, columns, scaling, missing);
    }

    public FeatureSelection withScaling(Scaling value) {
        return new FeatureSelection(numeric, categories, value, missing);
    }

    public FeatureSelection withMissing(MissingValues value) {
        return new FeatureSelection(numeric, categories, scaling, value);
    }
}

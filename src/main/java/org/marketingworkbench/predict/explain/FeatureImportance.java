package org.marketingworkbench.predict.explain;

/**
 * How much one feature matters to a model, scaled so the features' values sum to 1 (a
 * permutation value can be slightly negative when shuffling helped by chance).
 *
 * @param feature    the column
 * @param importance the feature's share
 * @param method     how it was measured
 */
public record FeatureImportance(String feature, double importance, ImportanceMethod method) {
}

package org.marketingworkbench.predict.evaluate;

import java.util.List;

/**
 * Metrics of each cross-validation fold (model trained on the other folds) and their means.
 *
 * @param folds   the number of folds
 * @param perFold each fold's metrics, fold 0 first
 * @param mean    the fold means
 */
public record CrossValidationResult(int folds, List<Metrics> perFold, MetricMeans mean) {

    public CrossValidationResult {
        perFold = List.copyOf(perFold);
    }
}

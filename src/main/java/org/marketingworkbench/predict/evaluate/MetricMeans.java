package org.marketingworkbench.predict.evaluate;

import java.util.List;

/**
 * The mean of each metric over cross-validation folds.
 *
 * @param accuracy  mean accuracy
 * @param precision mean precision
 * @param recall    mean recall
 * @param f1        mean F1
 * @param auc       mean ROC AUC
 */
public record MetricMeans(double accuracy, double precision, double recall, double f1, double auc) {

    public static MetricMeans of(List<Metrics> folds) {
        return new MetricMeans(
                folds.stream().mapToDouble(Metrics::accuracy).average().orElse(Double.NaN),
                folds.stream().mapToDouble(Metrics::precision).average().orElse(Double.NaN),
                folds.stream().mapToDouble(Metrics::recall).average().orElse(Double.NaN),
                folds.stream().mapToDouble(Metrics::f1).average().orElse(Double.NaN),
                folds.stream().mapToDouble(Metrics::auc).average().orElse(Double.NaN));
    }
}

package org.marketingworkbench.predict.evaluate;

/**
 * The headline figures of a model on held-out rows at one threshold.
 *
 * @param accuracy         share of rows predicted correctly
 * @param baselineAccuracy accuracy of always predicting the more common class, to read accuracy against
 * @param precision        of those predicted to buy, the share who did
 * @param recall           of the buyers, the share found
 * @param f1               harmonic mean of precision and recall
 * @param auc              ROC AUC (independent of the threshold)
 * @param confusion        the counts behind the ratios
 * @param threshold        rows scoring at least this are predicted to buy
 */
public record Metrics(double accuracy, double baselineAccuracy, double precision, double recall, double f1, double auc,
        ConfusionMatrix confusion, double threshold) {

    /** The metrics of scored rows at a threshold. */
    public static Metrics of(ScoreTable scores, double threshold) {
        return of(scores, threshold, scores.auc());
    }

    /** The same with an AUC already computed (the slider moves the threshold, never the AUC). */
    static Metrics of(ScoreTable scores, double threshold, double auc) {
        ConfusionMatrix confusion = scores.confusionAt(threshold);
        return new Metrics(confusion.accuracy(), scores.baselineAccuracy(), confusion.precision(), confusion.recall(),
                confusion.f1(), auc, confusion, threshold);
    }
}

package org.marketingworkbench.predict.evaluate;

/**
 * One point of the ROC curve: predicting "buys" for scores at least {@code threshold}.
 *
 * @param threshold         the score cut-off (positive infinity for the start point)
 * @param falsePositiveRate share of non-buyers predicted to buy
 * @param truePositiveRate  share of buyers predicted to buy (recall)
 */
public record RocPoint(double threshold, double falsePositiveRate, double truePositiveRate) {
}

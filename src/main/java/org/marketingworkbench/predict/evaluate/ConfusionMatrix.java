package org.marketingworkbench.predict.evaluate;

/**
 * Counts of predicted against actual classes at one threshold, and the metrics read from them.
 * A ratio whose denominator is 0 is 0 (scikit-learn's {@code zero_division=0}).
 *
 * @param truePositives  buyers predicted to buy
 * @param falsePositives non-buyers predicted to buy
 * @param trueNegatives  non-buyers predicted not to buy
 * @param falseNegatives buyers predicted not to buy
 */
public record ConfusionMatrix(long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {

    public long total() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }

    public double accuracy() {
        return ratio(truePositives + trueNegatives, total());
    }

    /** Of those predicted to buy, the share who did. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Of the buyers, the share found. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}

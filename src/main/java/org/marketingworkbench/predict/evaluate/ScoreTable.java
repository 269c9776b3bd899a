package org.marketingworkbench.predict.evaluate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.marketingworkbench.common.BadInputException;
import smile.validation.metric.AUC;

/**
 * Scored rows kept sorted by score, so that the confusion matrix at any threshold is a
 * binary search away (the threshold slider) and curves are one pass.
 */
public final class ScoreTable {
    private final int[] truth;
    private final double[] scores;
    /** Scores in descending order. */
    private final double[] sorted;
    /** positivesAbove[k] = buyers among the k highest scores. */
    private final int[] positivesAbove;
    private final int positives;

    /** {@code truth} holds 1 for buyers and 0 otherwise; {@code scores} the predicted probability of buying. */
    public ScoreTable(int[] truth, double[] scores) {
        if (truth.length != scores.length || truth.length == 0) {
            throw new BadInputException("predict.error.noRowsToEvaluate");
        }
        this.truth = truth.clone();
        this.scores = scores.clone();
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer row) -> -scores[row]).thenComparingInt(row -> row));
        sorted = new double[order.length];
        positivesAbove = new int[order.length + 1];
        for (int k = 0; k < order.length; k++) {
            sorted[k] = scores[order[k]];
            positivesAbove[k + 1] = positivesAbove[k] + truth[order[k]];
        }
        positives = positivesAbove[order.length];
    }

    public int size() {
        return truth.length;
    }

    public int positives() {
        return positives;
    }

    public int[] truth() {
        return truth.clone();
    }

    public double[] scores() {
        return scores.clone();
    }

    /** The scores in descending order. */
    double[] sortedScores() {
        return sorted.clone();
    }

    /** Buyers among the {@code k} highest scores. */
    int positivesAmongTop(int k) {
        return positivesAbove[k];
    }

    /** How many rows score at least {@code threshold}. */
    public int countAtLeast(double threshold) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] >= threshold) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The confusion matrix when rows scoring at least {@code threshold} are predicted to buy. */
    public ConfusionMatrix confusionAt(double threshold) {
        int predicted = countAtLeast(threshold);
        int truePositives = positivesAbove[predicted];
        int falsePositives = predicted - truePositives;
        int falseNegatives = positives - truePositives;
        int trueNegatives = truth.length - predicted - falseNegatives;
        return new ConfusionMatrix(truePositives, falsePositives, trueNegatives, falseNegatives);
    }

    /** ROC AUC as the Mann-Whitney statistic (tied scores count one half), NaN with one class only. */
    public double auc() {
        if (positives == 0 || positives == truth.length) {
            return Double.NaN;
        }
        return AUC.of(truth, scores);
    }

    /** The accuracy of always predicting the more common class. */
    public double baselineAccuracy() {
        return (double) Math.max(positives, truth.length - positives) / truth.length;
    }
}

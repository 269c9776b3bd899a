package org.marketingworkbench.prepare.rfm;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.stream.IntStream;

/**
 * Scores 1-5 by quintiles of rank, as pandas {@code qcut(x.rank(method='first'), 5, labels=[1..5])}:
 * values are ranked 1..n, ties in order of appearance (so equal values may land in different
 * quintiles and every quintile holds n/5 rows, give or take one), and rank r scores
 * 1 + #{i in 1..4 : r > 1 + i(n-1)/5}, the quintile edges of the ranks compared exactly in whole
 * numbers. Reversed scores (for recency, where fewer days is better) are 6 minus the score.
 */
public final class QuintileScores {

    private QuintileScores() {
    }

    /** The score of each value, 0 where the value is missing (NaN). */
    public static int[] of(double[] values, boolean reversed) {
        int[] order = IntStream.range(0, values.length).filter(row -> !Double.isNaN(values[row])).toArray();
        // a stable sort: equal values keep their order of appearance, as rank(method='first')
        IntArrays.mergeSort(order, (left, right) -> Double.compare(values[left], values[right]));
        long n = order.length;
        int[] scores = new int[values.length];
        for (int position = 0; position < order.length; position++) {
            long rank = position + 1L;
            int score = 1;
            for (int edge = 1; edge <= 4; edge++) {
                if (5 * (rank - 1) > edge * (n - 1)) {
                    score++;
                }
            }
            scores[order[position]] = reversed ? 6 - score : score;
        }
        return scores;
    }
}

package org.marketingworkbench.predict.evaluate;

import java.util.ArrayList;
import java.util.List;

/** The ROC curve and the cumulative gains / lift points of scored rows. */
public final class Curves {
    /** Gains points at every 1% of customers contacted. */
    public static final int GAINS_STEPS = 100;

    private Curves() {
    }

    /** ROC points from (0, 0) to (1, 1), one per distinct score, highest threshold first. */
    public static List<RocPoint> roc(ScoreTable table) {
        double[] sorted = table.sortedScores();
        int positives = table.positives();
        int negatives = table.size() - positives;
        List<RocPoint> points = new ArrayList<>();
        points.add(new RocPoint(Double.POSITIVE_INFINITY, 0, 0));
        for (int k = 1; k <= sorted.length; k++) {
            // a threshold includes every row tied at its score, so emit a point only after the last of a tie
            if (k == sorted.length || sorted[k] != sorted[k - 1]) {
                int truePositives = table.positivesAmongTop(k);
                points.add(new RocPoint(sorted[k - 1], rate(k - truePositives, negatives), rate(truePositives, positives)));
            }
        }
        return points;
    }

    /**
     * Gains and lift at every 1% contacted. Where the cut falls inside a group of tied scores,
     * the group's buyers are counted in proportion (the expected count when ties are broken
     * at random), so the chart does not depend on row order.
     */
    public static List<GainsPoint> gains(ScoreTable table) {
        double[] sorted = table.sortedScores();
        List<GainsPoint> points = new ArrayList<>();
        for (int step = 1; step <= GAINS_STEPS; step++) {
            double share = (double) step / GAINS_STEPS;
            double contacted = share * sorted.length;
            double buyers = expectedBuyersAmongTop(table, sorted, contacted);
            double buyersShare = rate(buyers, table.positives());
            points.add(new GainsPoint(share, buyersShare, buyersShare / share));
        }
        return points;
    }

    private static double expectedBuyersAmongTop(ScoreTable table, double[] sorted, double contacted) {
        int whole = (int) Math.floor(contacted);
        if (whole >= sorted.length) {
            return table.positives();
        }
        // the tie group that holds position `whole` (0-based), [start, end)
        double score = sorted[whole];
        int start = whole;
        while (start > 0 && sorted[start - 1] == score) {
            start--;
        }
        int end = whole;
        while (end < sorted.length && sorted[end] == score) {
            end++;
        }
        double groupBuyers = table.positivesAmongTop(end) - table.positivesAmongTop(start);
        return table.positivesAmongTop(start) + (contacted - start) * groupBuyers / (end - start);
    }

    private static double rate(double count, int total) {
        return total == 0 ? 0 : count / total;
    }
}

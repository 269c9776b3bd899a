package org.marketingworkbench.recommend;

/**
 * Scores recommendation lists against held-out items. With relevance 1 for a held-out item
 * and 0 otherwise, DCG@N = sum over ranks r = 1..N of rel(r) / log2(r + 1), and the ideal DCG
 * puts all held-out items first: IDCG@N = sum over r = 1..min(|held out|, N) of 1 / log2(r + 1).
 * Every tested customer counts in every average, also when their list is empty or short.
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    public static Metrics of(Recommendations recommendations, HoldoutSplit split, int top) {
        boolean[] recommended = new boolean[recommendations.items().size()];
        double precision = 0;
        double recall = 0;
        double hits = 0;
        double ndcg = 0;
        for (int t = 0; t < split.testedCount(); t++) {
            int user = split.testedUser(t);
            int found = 0;
            double dcg = 0;
            int listed = Math.min(top, recommendations.count(user));
            for (int rank = 0; rank < listed; rank++) {
                int item = recommendations.item(user, rank);
                recommended[item] = true;
                if (split.isHeldOut(user, item)) {
                    found++;
                    dcg += 1 / log2(rank + 2);
                }
            }
            int heldOut = split.heldOutCount(user);
            double ideal = 0;
            for (int rank = 0; rank < Math.min(heldOut, top); rank++) {
                ideal += 1 / log2(rank + 2);
            }
            precision += (double) found / top;
            recall += (double) found / heldOut;
            hits += found > 0 ? 1 : 0;
            ndcg += dcg / ideal;
        }
        int covered = 0;
        for (boolean r : recommended) {
            covered += r ? 1 : 0;
        }
        int tested = split.testedCount();
        return new Metrics(precision / tested, recall / tested, hits / tested, ndcg / tested,
                (double) covered / recommended.length);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

package org.marketingworkbench.recommend;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;

/**
 * The most-popular baseline: every customer gets the items bought by the most customers (ties
 * by first appearance), leaving out what they already have when asked to. The score is the
 * item's number of customers.
 */
public final class PopularityRecommender implements Recommender {
    private final Interactions data;
    private final boolean excludeBought;
    private final int[] ranked;
    private final int[] counts;

    public PopularityRecommender(Interactions data, boolean excludeBought) {
        this.data = data;
        this.excludeBought = excludeBought;
        this.counts = data.itemCounts();
        this.ranked = IntStream.range(0, counts.length).boxed()
                .filter(item -> counts[item] > 0)
                .sorted(Comparator.<Integer>comparingInt(item -> -counts[item]).thenComparingInt(item -> item))
                .mapToInt(Integer::intValue).toArray();
    }

    @Override
    public Recommendations recommend(int[] users, int top, Progress progress) {
        String message = Messages.get("recommend.progress.baseline");
        return Recommendations.collect(data, users, top, progress, message, () -> (user, list) -> {
            for (int r = 0; r < ranked.length && list.size() < top; r++) {
                int item = ranked[r];
                if (!(excludeBought && data.contains(user, item))) {
                    list.offer(item, counts[item]);
                }
            }
        });
    }
}

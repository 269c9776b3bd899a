package org.marketingworkbench.recommend;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;

/**
 * The random baseline: N items drawn uniformly from the catalogue for each customer, leaving
 * out what they already have when asked to. Each customer's draw is seeded from the seed and
 * the customer's index, so it is the same whatever the thread schedule.
 */
public final class RandomRecommender implements Recommender {
    private final Interactions data;
    private final boolean excludeBought;
    private final long seed;

    public RandomRecommender(Interactions data, boolean excludeBought, long seed) {
        this.data = data;
        this.excludeBought = excludeBought;
        this.seed = seed;
    }

    @Override
    public Recommendations recommend(int[] users, int top, Progress progress) {
        int itemCount = data.itemCount();
        String message = Messages.get("recommend.progress.baseline");
        return Recommendations.collect(data, users, top, progress, message, () -> {
            int[] order = IntStream.range(0, itemCount).toArray();
            int[] picks = new int[itemCount];
            return (user, list) -> {
                SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + user);
                // A partial Fisher-Yates shuffle: the first draws are a uniform sample without repeats.
                int drawn = 0;
                for (; drawn < itemCount && list.size() < top; drawn++) {
                    int pick = drawn + random.nextInt(itemCount - drawn);
                    picks[drawn] = pick;
                    swap(order, pick, drawn);
                    int item = order[drawn];
                    if (!(excludeBought && data.contains(user, item))) {
                        list.offer(item, top - list.size());
                    }
                }
                // Undo the swaps, last first, so the next customer starts from 0..n-1 without a full reset.
                for (int d = drawn - 1; d >= 0; d--) {
                    swap(order, picks[d], d);
                }
            };
        });
    }

    private static void swap(int[] values, int a, int b) {
        int value = values[a];
        values[a] = values[b];
        values[b] = value;
    }
}

package org.marketingworkbench.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.marketingworkbench.basket.Transactions;

/**
 * Generated market baskets for the FP-growth benchmark, seeded: item popularity follows Zipf's
 * law (item of rank r drawn with weight 1 / r), basket sizes 1 + Poisson(4), and planted
 * co-occurrence: for each of 40 pairs of mid-popular items, a basket holding the first also gets
 * the second with probability 0.5, and for 10 of them a third item with probability 0.4.
 */
final class BasketWorkload {
    static final int PLANTED_PAIRS = 40;
    private static final double MEAN_EXTRA_ITEMS = 4;

    private BasketWorkload() {
    }

    static Transactions generate(int baskets, int items, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] cumulative = new double[items];
        double total = 0;
        for (int rank = 0; rank < items; rank++) {
            total += 1.0 / (rank + 1);
            cumulative[rank] = total;
        }
        int[][] planted = plantedPairs(items, random);
        List<List<String>> result = new ArrayList<>(baskets);
        Set<Integer> basket = new LinkedHashSet<>();
        for (int b = 0; b < baskets; b++) {
            basket.clear();
            int size = 1 + poisson(MEAN_EXTRA_ITEMS, random);
            while (basket.size() < size) {
                basket.add(draw(cumulative, total, random));
            }
            for (int[] rule : planted) {
                if (basket.contains(rule[0]) && random.nextDouble() < 0.5) {
                    basket.add(rule[1]);
                    if (rule.length > 2 && random.nextDouble() < 0.4) {
                        basket.add(rule[2]);
                    }
                }
            }
            result.add(basket.stream().map(BasketWorkload::name).toList());
        }
        return Transactions.of(result);
    }

    static String name(int item) {
        return String.format("item%04d", item);
    }

    /** Pairs among ranks 20 to 300: popular enough to be frequent at 0.1%, not so popular that they already are. */
    private static int[][] plantedPairs(int items, SplittableRandom random) {
        int[][] pairs = new int[PLANTED_PAIRS][];
        for (int p = 0; p < PLANTED_PAIRS; p++) {
            int first = 20 + random.nextInt(Math.min(280, items - 20));
            int second = 20 + random.nextInt(Math.min(280, items - 20));
            pairs[p] = p < 10 ? new int[] {first, second, random.nextInt(items)} : new int[] {first, second};
        }
        return pairs;
    }

    private static int draw(double[] cumulative, double total, SplittableRandom random) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble() * total);
        return Math.min(cumulative.length - 1, index >= 0 ? index : -index - 1);
    }

    /** Knuth's method; fine for a small mean. */
    private static int poisson(double mean, SplittableRandom random) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}

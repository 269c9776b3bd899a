package org.marketingworkbench.basket;

import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;
import smile.association.FPGrowth;
import smile.association.FPTree;
import smile.association.ItemSet;

/**
 * Frequent itemsets by Smile's FP-growth. Smile mines one branch of the FP-tree (one item
 * with the items more frequent than it) at a time and hands the itemsets over lazily, so
 * reading its stream item by item lets a cancel through between itemsets and branches.
 */
final class FrequentItemsetMiner {
    private static final int ITEMSETS_PER_REPORT = 1_000;
    private static final int BASKETS_PER_CHECK = 4_096;

    private FrequentItemsetMiner() {
    }

    /** Every itemset held by at least {@code minCount} baskets and at most {@code maxLength} items (0: any). */
    static ItemsetCounts mine(Transactions transactions, int minCount, int maxLength, Progress progress) {
        progress.checkCancelled();
        int[] frequencies = transactions.itemFrequencies();
        int[] branchRank = branchRanks(frequencies, minCount);
        int branches = (int) Arrays.stream(frequencies).filter(f -> f >= minCount).count();
        ItemsetCounts counts = new ItemsetCounts();
        if (branches == 0) {
            return counts;
        }
        FPTree tree = FPTree.of(minCount, () -> cancellable(transactions.rawBaskets(), progress));
        String message = Messages.get("basket.progress.itemsets");
        try (Stream<ItemSet> stream = FPGrowth.apply(tree)) {
            Iterator<ItemSet> itemsets = stream.iterator();
            long seen = 0;
            while (itemsets.hasNext()) {
                progress.checkCancelled();
                ItemSet itemset = itemsets.next();
                if (maxLength == 0 || itemset.items.length <= maxLength) {
                    int[] sorted = itemset.items.clone();
                    Arrays.sort(sorted);
                    counts.add(sorted, itemset.support);
                }
                if (++seen % ITEMSETS_PER_REPORT == 0) {
                    progress.update(branchesDone(itemset.items, branchRank), branches, message);
                }
            }
        }
        progress.update(branches, branches, message);
        return counts;
    }

    /** The baskets as a stream that stops with a cancel, so building the tree (two passes) can be cancelled too. */
    private static Stream<int[]> cancellable(int[][] baskets, Progress progress) {
        return IntStream.range(0, baskets.length).mapToObj(index -> {
            if (index % BASKETS_PER_CHECK == 0) {
                progress.checkCancelled();
            }
            return baskets[index];
        });
    }

    /**
     * The rank of each frequent item from the least frequent (0) up; Smile mines the least
     * frequent item's branch first, so the highest rank in an itemset tells how far it got.
     */
    private static int[] branchRanks(int[] frequencies, int minCount) {
        Integer[] order = new Integer[frequencies.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(frequencies[a], frequencies[b]));
        int[] rank = new int[frequencies.length];
        int next = 0;
        for (int item : order) {
            rank[item] = frequencies[item] >= minCount ? next++ : -1;
        }
        return rank;
    }

    private static int branchesDone(int[] items, int[] branchRank) {
        int lowest = Integer.MAX_VALUE;
        for (int item : items) {
            lowest = Math.min(lowest, branchRank[item]);
        }
        return lowest;
    }
}

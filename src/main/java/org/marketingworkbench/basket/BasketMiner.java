package org.marketingworkbench.basket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;

/** Mines frequent itemsets and association rules from baskets: the entry point of the Baskets analysis. */
public final class BasketMiner {

    private BasketMiner() {
    }

    /**
     * Applies the item filters, finds every itemset held by at least ceil(min support x baskets)
     * baskets with FP-growth, and every rule meeting the limits. Cancellable through {@code progress}.
     */
    public static BasketAnalysis mine(Transactions transactions, MiningParameters parameters, Progress progress) {
        if (transactions.basketCount() == 0) {
            throw new BadInputException("basket.error.noBaskets");
        }
        Transactions used = transactions.filtered(parameters.include(), parameters.exclude());
        if (used.itemCount() < 2) {
            throw new BadInputException("basket.error.oneItem", used.itemCount());
        }
        int minCount = parameters.minSupport().basketCount(used.basketCount());
        if (minCount > used.basketCount()) {
            throw new BadInputException("basket.error.minCountAboveBaskets", minCount, used.basketCount());
        }
        ItemsetCounts counts = FrequentItemsetMiner.mine(used, minCount, parameters.maxLength(),
                progress.slice(0, 0.7));
        List<AssociationRule> rules = new ArrayList<>(RuleGenerator.generate(counts, used.items(),
                used.basketCount(), parameters, progress.slice(0.7, 0.95)));
        progress.checkCancelled();
        rules.sort(RuleMetric.DEFAULT_ORDER);
        List<FrequentItemset> itemsets = itemsets(counts, used);
        progress.update(1, 1, "");
        return new BasketAnalysis(used, parameters, minCount, itemCounts(used), itemsets, rules);
    }

    private static List<FrequentItemset> itemsets(ItemsetCounts counts, Transactions transactions) {
        double baskets = transactions.basketCount();
        List<FrequentItemset> itemsets = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            String[] names = Arrays.stream(counts.itemset(i)).mapToObj(transactions::itemName).toArray(String[]::new);
            Arrays.sort(names);
            itemsets.add(new FrequentItemset(List.of(names), counts.count(i), counts.count(i) / baskets));
        }
        itemsets.sort(Comparator.comparingInt(FrequentItemset::count).reversed()
                .thenComparingInt(FrequentItemset::length)
                .thenComparing(itemset -> String.join("\u0000", itemset.items())));
        return itemsets;
    }

    private static List<ItemCount> itemCounts(Transactions transactions) {
        int[] frequencies = transactions.itemFrequencies();
        double baskets = transactions.basketCount();
        List<ItemCount> counts = new ArrayList<>(frequencies.length);
        for (int id = 0; id < frequencies.length; id++) {
            counts.add(new ItemCount(transactions.itemName(id), frequencies[id], frequencies[id] / baskets));
        }
        counts.sort(Comparator.comparingInt(ItemCount::count).reversed().thenComparing(ItemCount::item));
        return counts;
    }
}

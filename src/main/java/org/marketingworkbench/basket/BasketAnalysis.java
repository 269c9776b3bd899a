package org.marketingworkbench.basket;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What mining found: every frequent itemset and every rule (none dropped), with the item
 * counts, and the queries the Baskets page, the report and the CLI share.
 *
 * @param transactions the baskets mined (after mapping and item filters)
 * @param minCount     the least basket count of a frequent itemset: ceil(min support x baskets)
 * @param items        every item with its basket count, most frequent first
 * @param itemsets     the frequent itemsets, most frequent first
 * @param rules        the rules, highest lift first ({@link RuleMetric#DEFAULT_ORDER})
 */
public record BasketAnalysis(Transactions transactions, MiningParameters parameters, int minCount,
        List<ItemCount> items, List<FrequentItemset> itemsets, List<AssociationRule> rules) {

    public BasketAnalysis {
        items = List.copyOf(items);
        itemsets = List.copyOf(itemsets);
        rules = List.copyOf(rules);
    }

    public int baskets() {
        return transactions.basketCount();
    }

    /** The {@code n} most frequent items. */
    public List<ItemCount> topItems(int n) {
        return items.subList(0, Math.min(n, items.size()));
    }

    /** How many rules have each length (items on both sides), shortest first. */
    public SortedMap<Integer, Integer> rulesByLength() {
        SortedMap<Integer, Integer> byLength = new TreeMap<>();
        rules.forEach(rule -> byLength.merge(rule.length(), 1, Integer::sum));
        return byLength;
    }

    /** How many itemsets have each length, shortest first. */
    public SortedMap<Integer, Integer> itemsetsByLength() {
        SortedMap<Integer, Integer> byLength = new TreeMap<>();
        itemsets.forEach(itemset -> byLength.merge(itemset.length(), 1, Integer::sum));
        return byLength;
    }

    /** The rules passing {@code filter}, in {@code order}. */
    public List<AssociationRule> rules(RuleFilter filter, Comparator<AssociationRule> order) {
        return rules.stream().filter(filter).sorted(order).toList();
    }

    /** The {@code n} rules of highest lift. */
    public List<AssociationRule> topRules(int n) {
        return rules.subList(0, Math.min(n, rules.size()));
    }

    /**
     * "Bought together with {@code item}": each item that forms a frequent pair with it, with
     * the share of the item's baskets that also hold the other (confidence) and the lift,
     * highest lift first.
     */
    public List<Companion> boughtTogether(String item) {
        ItemCount own = items.stream().filter(count -> count.item().equals(item)).findFirst().orElse(null);
        if (own == null) {
            return List.of();
        }
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        items.forEach(count -> counts.put(count.item(), count.count()));
        List<Companion> companions = new ArrayList<>();
        for (FrequentItemset pair : itemsets) {
            if (pair.length() == 2 && pair.contains(item)) {
                String other = pair.items().get(0).equals(item) ? pair.items().get(1) : pair.items().get(0);
                double confidence = pair.count() / (double) own.count();
                double lift = confidence / (counts.get(other) / (double) baskets());
                companions.add(new Companion(other, pair.count(), pair.support(), confidence, lift));
            }
        }
        companions.sort(Comparator.comparingDouble(Companion::lift).reversed()
                .thenComparing(Comparator.comparingInt(Companion::count).reversed()).thenComparing(Companion::item));
        return List.copyOf(companions);
    }

    /**
     * An item bought with a chosen one.
     *
     * @param count      the baskets holding both
     * @param support    {@code count} as a fraction of all baskets
     * @param confidence the share of the chosen item's baskets that hold this one too
     * @param lift       confidence divided by this item's own support
     */
    public record Companion(String item, int count, double support, double confidence, double lift) {
    }
}

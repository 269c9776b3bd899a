package org.marketingworkbench.basket;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;

/**
 * Cross-sell targets for a rule: customers who bought every item of its antecedent (in any of
 * their baskets) but not yet every item of its consequent.
 */
public final class CrossSell {

    private CrossSell() {
    }

    /**
     * One customer to approach.
     *
     * @param customer              the customer id
     * @param basketsWithAntecedent the customer's baskets holding the whole antecedent
     * @param missing               the consequent items the customer never bought
     */
    public record Target(String customer, int basketsWithAntecedent, List<String> missing) {
        public Target {
            missing = List.copyOf(missing);
        }
    }

    /** The targets of {@code rule}, most baskets with the antecedent first, then by customer id. */
    public static List<Target> targets(Transactions transactions, AssociationRule rule) {
        if (!transactions.hasCustomers()) {
            throw new BadInputException("basket.error.noCustomers");
        }
        Map<String, Integer> ids = new java.util.HashMap<>();
        for (int id = 0; id < transactions.itemCount(); id++) {
            ids.put(transactions.itemName(id), id);
        }
        int[] antecedent = rule.antecedent().stream().mapToInt(item -> ids.getOrDefault(item, -1)).toArray();
        Map<String, BitSet> bought = new LinkedHashMap<>();
        Map<String, Integer> withAntecedent = new LinkedHashMap<>();
        for (int b = 0; b < transactions.basketCount(); b++) {
            String customer = transactions.customer(b).orElse(null);
            if (customer == null) {
                continue;
            }
            int[] basket = transactions.basket(b);
            BitSet items = bought.computeIfAbsent(customer, key -> new BitSet(transactions.itemCount()));
            for (int item : basket) {
                items.set(item);
            }
            if (holdsAll(basket, antecedent)) {
                withAntecedent.merge(customer, 1, Integer::sum);
            }
        }
        List<Target> targets = new ArrayList<>();
        for (Map.Entry<String, BitSet> entry : bought.entrySet()) {
            List<String> missing = rule.consequent().stream()
                    .filter(item -> !ids.containsKey(item) || !entry.getValue().get(ids.get(item))).toList();
            BitSet items = entry.getValue();
            boolean hasAntecedent = java.util.Arrays.stream(antecedent).allMatch(item -> item >= 0 && items.get(item));
            if (hasAntecedent && !missing.isEmpty()) {
                targets.add(new Target(entry.getKey(), withAntecedent.getOrDefault(entry.getKey(), 0), missing));
            }
        }
        targets.sort(java.util.Comparator.comparingInt(Target::basketsWithAntecedent).reversed()
                .thenComparing(Target::customer));
        return List.copyOf(targets);
    }

    private static boolean holdsAll(int[] sortedBasket, int[] items) {
        for (int item : items) {
            if (item < 0 || java.util.Arrays.binarySearch(sortedBasket, item) < 0) {
                return false;
            }
        }
        return true;
    }
}

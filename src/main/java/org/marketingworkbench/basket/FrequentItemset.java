package org.marketingworkbench.basket;

import java.util.List;

/**
 * A set of items bought together in at least the minimum number of baskets.
 *
 * @param items   the item names, in name order
 * @param count   the baskets holding every item
 * @param support {@code count} as a fraction of all baskets
 */
public record FrequentItemset(List<String> items, int count, double support) {

    public FrequentItemset {
        items = List.copyOf(items);
    }

    public int length() {
        return items.size();
    }

    public boolean contains(String item) {
        return items.contains(item);
    }
}

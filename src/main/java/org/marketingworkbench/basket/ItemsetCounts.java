package org.marketingworkbench.basket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The frequent itemsets as sorted item-id arrays with their basket counts, looked up by content. */
final class ItemsetCounts {
    private final List<int[]> itemsets = new ArrayList<>();
    private final Map<Key, Integer> counts = new HashMap<>();

    /** Adds an itemset given as sorted item ids. */
    void add(int[] sortedItems, int count) {
        itemsets.add(sortedItems);
        counts.put(new Key(sortedItems), count);
    }

    int size() {
        return itemsets.size();
    }

    int[] itemset(int index) {
        return itemsets.get(index);
    }

    int count(int index) {
        return counts.get(new Key(itemsets.get(index)));
    }

    /** The count of a sorted itemset; every subset of a frequent itemset is frequent, so it is there. */
    int count(int[] sortedItems) {
        Integer count = counts.get(new Key(sortedItems));
        if (count == null) {
            throw new IllegalStateException("subset not mined: " + Arrays.toString(sortedItems));
        }
        return count;
    }

    /** An int array compared by content, its hash computed once. */
    private static final class Key {
        private final int[] items;
        private final int hash;

        Key(int[] items) {
            this.items = items;
            this.hash = Arrays.hashCode(items);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(items, key.items);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}

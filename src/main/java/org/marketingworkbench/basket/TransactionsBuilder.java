package org.marketingworkbench.basket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects baskets of item names, giving each distinct name an id in order of first sight. */
final class TransactionsBuilder {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> items = new ArrayList<>();
    private final List<int[]> baskets = new ArrayList<>();
    private final List<String> customers;
    private int[] buffer = new int[16];

    TransactionsBuilder(boolean withCustomers) {
        this.customers = withCustomers ? new ArrayList<>() : null;
    }

    /** The id of an item name, adding it when new. */
    int id(String item) {
        Integer id = ids.get(item);
        if (id == null) {
            id = items.size();
            ids.put(item, id);
            items.add(item);
        }
        return id;
    }

    void add(Iterable<String> basket, String customer) {
        int size = 0;
        for (String item : basket) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, size * 2);
            }
            buffer[size++] = id(item);
        }
        addIds(buffer, size, customer);
    }

    /** Adds a basket of ids (from {@link #id}); sorts them and drops repeats. */
    void addIds(int[] itemIds, int size, String customer) {
        int[] basket = Arrays.copyOf(itemIds, size);
        Arrays.sort(basket);
        int distinct = 0;
        for (int i = 0; i < basket.length; i++) {
            if (i == 0 || basket[i] != basket[i - 1]) {
                basket[distinct++] = basket[i];
            }
        }
        baskets.add(distinct == basket.length ? basket : Arrays.copyOf(basket, distinct));
        if (customers != null) {
            customers.add(customer);
        }
    }

    /** The baskets; items that ended in no basket (only returned, say) are left out of the dictionary. */
    Transactions build() {
        int[][] all = baskets.toArray(new int[0][]);
        int[] newId = new int[items.size()];
        for (int[] basket : all) {
            for (int item : basket) {
                newId[item] = 1;
            }
        }
        List<String> used = new ArrayList<>();
        for (int id = 0; id < newId.length; id++) {
            newId[id] = newId[id] == 1 ? used.size() : -1;
            if (newId[id] >= 0) {
                used.add(items.get(id));
            }
        }
        if (used.size() < items.size()) {
            for (int[] basket : all) {
                for (int i = 0; i < basket.length; i++) {
                    basket[i] = newId[basket[i]];
                }
            }
        }
        return new Transactions(used, all, customers);
    }
}

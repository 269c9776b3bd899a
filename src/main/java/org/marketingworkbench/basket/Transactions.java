package org.marketingworkbench.basket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Market baskets: each basket is a set of item ids, with a dictionary from id to item name
 * and, when known, the customer of each basket. Immutable; the readers build it from order
 * lines, basket files and 0/1 item matrices.
 */
public final class Transactions {
    private final List<String> items;
    private final int[][] baskets;
    private final List<String> customers;

    /**
     * @param items     item names by id
     * @param baskets   each basket's distinct item ids, sorted
     * @param customers the customer of each basket, or null when unknown
     */
    Transactions(List<String> items, int[][] baskets, List<String> customers) {
        this.items = List.copyOf(items);
        this.baskets = baskets;
        // customers may hold nulls (a basket without a customer), which List.copyOf refuses
        this.customers = customers == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(customers));
    }

    /** Baskets given as item names; duplicates within a basket count once. */
    public static Transactions of(List<? extends Collection<String>> baskets) {
        TransactionsBuilder builder = new TransactionsBuilder(false);
        for (Collection<String> basket : baskets) {
            builder.add(basket, null);
        }
        return builder.build();
    }

    public int basketCount() {
        return baskets.length;
    }

    /** Item names by id. */
    public List<String> items() {
        return items;
    }

    public int itemCount() {
        return items.size();
    }

    public String itemName(int id) {
        return items.get(id);
    }

    /** The item ids of one basket, sorted (a copy). */
    public int[] basket(int index) {
        return baskets[index].clone();
    }

    /** The item names of one basket. */
    public List<String> basketItems(int index) {
        return Arrays.stream(baskets[index]).mapToObj(items::get).toList();
    }

    public boolean hasCustomers() {
        return customers != null;
    }

    /** The customer of a basket, when the input named one. */
    public Optional<String> customer(int index) {
        return customers == null ? Optional.empty() : Optional.ofNullable(customers.get(index));
    }

    /** How many baskets hold each item, by item id. */
    public int[] itemFrequencies() {
        int[] counts = new int[items.size()];
        for (int[] basket : baskets) {
            for (int item : basket) {
                counts[item]++;
            }
        }
        return counts;
    }

    /**
     * The same baskets with items renamed by {@code mapping} (for example product to category);
     * items the mapping does not name keep their own name. Baskets keep their place.
     */
    public Transactions mapped(Map<String, String> mapping) {
        return rebuild(name -> mapping.getOrDefault(name, name));
    }

    /**
     * The same baskets with only the items in {@code include} (all when empty) and none in
     * {@code exclude}. Baskets left empty stay, so supports remain fractions of all baskets.
     */
    public Transactions filtered(Set<String> include, Set<String> exclude) {
        if (include.isEmpty() && exclude.isEmpty()) {
            return this;
        }
        return rebuild(name -> (include.isEmpty() || include.contains(name)) && !exclude.contains(name) ? name : null);
    }

    /** The raw baskets for mining; callers in this package never change them. */
    int[][] rawBaskets() {
        return baskets;
    }

    private Transactions rebuild(java.util.function.UnaryOperator<String> rename) {
        TransactionsBuilder builder = new TransactionsBuilder(customers != null);
        List<String> names = new ArrayList<>();
        for (int b = 0; b < baskets.length; b++) {
            names.clear();
            for (int item : baskets[b]) {
                String name = rename.apply(items.get(item));
                if (name != null) {
                    names.add(name);
                }
            }
            builder.add(names, customers == null ? null : customers.get(b));
        }
        return builder.build();
    }
}

package org.marketingworkbench.basket;

/**
 * How often one item was bought.
 *
 * @param item    the item name
 * @param count   the baskets holding it
 * @param support {@code count} as a fraction of all baskets
 */
public record ItemCount(String item, int count, double support) {
}

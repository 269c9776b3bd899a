package org.marketingworkbench.basket;

import java.util.Objects;

/**
 * Which columns of an order-lines table form the baskets.
 *
 * @param basket   the order or basket id: rows with the same value form one basket
 * @param item     the product or item bought
 * @param customer the customer, or null when unknown (needed for cross-sell lists)
 * @param quantity the quantity, or null; a line whose item nets to zero or less in its
 *                 basket (a return) is not a purchase
 */
public record OrderColumns(String basket, String item, String customer, String quantity) {

    public OrderColumns {
        Objects.requireNonNull(basket, "basket");
        Objects.requireNonNull(item, "item");
    }

    public static OrderColumns of(String basket, String item) {
        return new OrderColumns(basket, item, null, null);
    }

    public OrderColumns withCustomer(String column) {
        return new OrderColumns(basket, item, column, quantity);
    }

    public OrderColumns withQuantity(String column) {
        return new OrderColumns(basket, item, customer, column);
    }
}

package org.marketingworkbench.sample;

import java.time.LocalDate;

/**
 * One line of orders.csv as the truth knows it. A return is a line of its own with a negative
 * quantity, the status {@value #RETURNED} and the date of the order it reverses.
 */
record OrderLine(String orderId, Customer customer, LocalDate orderDate, Product product, int quantity,
        String status) {

    static final String COMPLETED = "completed";
    static final String RETURNED = "returned";

    long amountCents() {
        return product.priceCents() * quantity;
    }

    boolean isReturn() {
        return RETURNED.equals(status);
    }
}

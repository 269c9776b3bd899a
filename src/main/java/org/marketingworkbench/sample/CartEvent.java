package org.marketingworkbench.sample;

import java.time.LocalDateTime;

/** One row of cart_events.csv: a customer put a product in the cart, took it out, or checked it out. */
record CartEvent(Customer customer, Product product, String event, LocalDateTime time) {

    static final String ADD = "add";
    static final String REMOVE = "remove";
    static final String CHECKOUT = "checkout";
}

package org.marketingworkbench.recommend;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One customer at a glance: what they bought and what is recommended to them, with reasons.
 *
 * @param customer        the customer's id
 * @param history         the bought items, latest first (or heaviest first without dates)
 * @param recommendations the recommended items, best first, each with its reasons
 */
public record CustomerView(String customer, List<Bought> history, List<Explanation> recommendations) {

    public CustomerView {
        history = List.copyOf(history);
        recommendations = List.copyOf(recommendations);
    }

    /**
     * One bought item.
     *
     * @param item   the item's name
     * @param value  the aggregated value (1 for implicit data)
     * @param weight w(u, j), the value after any decay
     * @param date   the latest date, when the data has dates
     */
    public record Bought(String item, double value, double weight, Optional<LocalDate> date) {
    }
}

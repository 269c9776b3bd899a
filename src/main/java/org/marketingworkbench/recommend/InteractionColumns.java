package org.marketingworkbench.recommend;

import java.util.Optional;

/**
 * Which columns of a table hold the interactions. Without a value column the data is implicit
 * (bought or not); with one it is explicit (quantity, rating or spend).
 *
 * @param user  the customer column
 * @param item  the item column
 * @param value the optional value column
 * @param date  the optional date column
 */
public record InteractionColumns(String user, String item, Optional<String> value, Optional<String> date) {

    public static InteractionColumns of(String user, String item) {
        return new InteractionColumns(user, item, Optional.empty(), Optional.empty());
    }

    public InteractionColumns withValue(String column) {
        return new InteractionColumns(user, item, Optional.ofNullable(column), date);
    }

    public InteractionColumns withDate(String column) {
        return new InteractionColumns(user, item, value, Optional.ofNullable(column));
    }
}

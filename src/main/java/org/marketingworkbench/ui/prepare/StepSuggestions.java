package org.marketingworkbench.ui.prepare;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.steps.AggregateCustomers;
import org.marketingworkbench.prepare.steps.DeriveAge;

/**
 * First guesses for a new step's columns from their names (customer_id, order_date, birthday...),
 * so the editor opens filled in where the names tell; every guess can be changed.
 */
final class StepSuggestions {

    private StepSuggestions() {
    }

    static Step suggest(Step blank, List<String> columns, LocalDate today) {
        if (blank instanceof AggregateCustomers) {
            return new AggregateCustomers(true, find(columns, has("customer")), find(columns, has("order").and(has("id"))),
                    find(columns, has("date")), find(columns, has("amount").or(has("monetary"))), null,
                    find(columns, has("product").and(has("id"))), find(columns, has("category")), today);
        }
        if (blank instanceof DeriveAge) {
            return new DeriveAge(true, find(columns, has("birth").or(has("生日")).or(has("出生"))), today, null);
        }
        return blank;
    }

    private static Predicate<String> has(String part) {
        return name -> name.toLowerCase(Locale.ROOT).contains(part);
    }

    private static String find(List<String> columns, Predicate<String> test) {
        return columns.stream().filter(test).findFirst().orElse(null);
    }
}

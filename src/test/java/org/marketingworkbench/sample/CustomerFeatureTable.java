package org.marketingworkbench.sample;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-customer figures derived from the committed files after removing exact duplicate rows, following
 * the definitions in planted-truth.json: recency, frequency, monetary, engagement, age and the purchase
 * outcome.
 */
final class CustomerFeatureTable {

    static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);

    /** One customer's derived figures; {@code age} is -1 when the birthday is blank. */
    record Row(String id, int recencyDays, int frequency, double monetary, int engagement, int age,
            boolean purchased) {
    }

    private CustomerFeatureTable() {
    }

    static List<Row> read() throws IOException {
        SampleFiles.Csv customers = SampleFiles.csv("customers.csv").withoutDuplicates();
        SampleFiles.Csv orders = SampleFiles.csv("orders.csv").withoutDuplicates();
        SampleFiles.Csv social = SampleFiles.csv("social_engagement.csv");
        Map<String, LocalDate> last = new HashMap<>();
        Map<String, Set<String>> orderIds = new HashMap<>();
        Map<String, Double> monetary = new HashMap<>();
        for (List<String> row : orders.rows()) {
            String customer = row.get(orders.column("customer_id"));
            LocalDate date = LocalDate.parse(row.get(orders.column("order_date")));
            last.merge(customer, date, (a, b) -> a.isAfter(b) ? a : b);
            orderIds.computeIfAbsent(customer, c -> new HashSet<>()).add(row.get(orders.column("order_id")));
            monetary.merge(customer, Double.parseDouble(row.get(orders.column("line_amount"))), Double::sum);
        }
        Map<String, Integer> engagement = new HashMap<>();
        for (List<String> row : social.rows()) {
            String customer = row.get(0);
            int total = Integer.parseInt(row.get(social.column("likes")))
                    + Integer.parseInt(row.get(social.column("shares")))
                    + Integer.parseInt(row.get(social.column("comments")));
            engagement.merge(customer, total, Integer::sum);
        }
        return customers.rows().stream().map(row -> {
            String id = row.get(0);
            String birthday = row.get(customers.column("birthday"));
            int age = birthday.isEmpty() ? -1 : Period.between(LocalDate.parse(birthday), REFERENCE).getYears();
            return new Row(id, (int) ChronoUnit.DAYS.between(last.get(id), REFERENCE), orderIds.get(id).size(),
                    monetary.get(id), engagement.getOrDefault(id, 0), age,
                    row.get(customers.column("purchased_after_campaign")).equals("1"));
        }).toList();
    }
}

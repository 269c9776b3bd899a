package org.marketingworkbench.sample;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Per-customer figures derived from the clean data, the way an analyst derives them from the files
 * once the planted duplicates are removed: recency = days from the last order date to the reference
 * date; frequency = distinct orders; monetary = sum of line amounts (returns subtract); engagement =
 * likes + shares + comments on all platforms; age on the reference date.
 */
record CustomerFeatures(Customer customer, int recencyDays, int frequency, long monetaryCents, int engagement,
        int age) {

    static List<CustomerFeatures> of(List<Customer> customers, List<OrderLine> lines,
            List<SocialEngagement> social) {
        int count = customers.size();
        int[] recency = new int[count];
        long[] monetary = new long[count];
        int[] engagement = new int[count];
        List<Set<String>> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            recency[i] = Integer.MAX_VALUE;
            orders.add(new HashSet<>());
        }
        for (OrderLine line : lines) {
            int i = line.customer().index();
            int days = (int) ChronoUnit.DAYS.between(line.orderDate(), SampleDataGenerator.REFERENCE_DATE);
            recency[i] = Math.min(recency[i], days);
            monetary[i] += line.amountCents();
            orders.get(i).add(line.orderId());
        }
        for (SocialEngagement row : social) {
            int i = row.customer().index();
            engagement[i] += row.total();
        }
        List<CustomerFeatures> features = new ArrayList<>(count);
        for (Customer customer : customers) {
            int i = customer.index();
            features.add(new CustomerFeatures(customer, recency[i], orders.get(i).size(), monetary[i], engagement[i],
                    customer.ageOn(SampleDataGenerator.REFERENCE_DATE)));
        }
        return List.copyOf(features);
    }
}

package org.marketingworkbench.sample;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the generator draws for one seed, clean, before it is written out: the truth that the
 * files (with their planted mess) and planted-truth.json are made from.
 */
record SampleData(long seed, ProductCatalogue catalogue, List<Customer> customers, OrderGenerator.Orders orders,
        List<SocialEngagement> social, List<CustomerFeatures> features, List<Boolean> purchased,
        List<CartEvent> cartEvents, List<SurveyAnswer> survey, List<CampaignResult> campaigns,
        CustomerMess customerMess, OrderMess orderMess) {

    static SampleData generate(long seed) {
        ProductCatalogue catalogue = new ProductCatalogue(new SampleRandom(seed, "catalogue"));
        List<Customer> customers = new CustomerGenerator(seed, catalogue).generate();
        OrderGenerator.Orders orders = new OrderGenerator(seed, catalogue).generate(customers);
        List<SocialEngagement> social = new SocialEngagementGenerator(seed).generate(customers);
        List<CustomerFeatures> features = CustomerFeatures.of(customers, orders.lines(), social);
        List<Boolean> purchased = PurchaseOutcome.draw(seed, features);
        List<CartEvent> cartEvents = new CartEventGenerator(seed, catalogue).generate(customers, orders.lines());
        List<SurveyAnswer> survey = new SurveyGenerator(seed).generate(customers);
        List<CampaignResult> campaigns = new CampaignGenerator(seed).generate(meanOrderValues(orders.lines()));
        return new SampleData(seed, catalogue, customers, orders, social, features, purchased, cartEvents, survey,
                campaigns, new CustomerMess(seed, customers), new OrderMess(seed, orders));
    }

    /** Mean net value of one order in yuan, per group: what a campaign conversion is worth. */
    static Map<CustomerGroup, Double> meanOrderValues(List<OrderLine> lines) {
        Map<String, CustomerGroup> groupOfOrder = new HashMap<>();
        Map<CustomerGroup, Long> cents = new EnumMap<>(CustomerGroup.class);
        for (OrderLine line : lines) {
            groupOfOrder.put(line.orderId(), line.customer().group());
            cents.merge(line.customer().group(), line.amountCents(), Long::sum);
        }
        Map<CustomerGroup, Integer> orderCounts = new EnumMap<>(CustomerGroup.class);
        groupOfOrder.values().forEach(group -> orderCounts.merge(group, 1, Integer::sum));
        Map<CustomerGroup, Double> means = new EnumMap<>(CustomerGroup.class);
        for (CustomerGroup group : CustomerGroup.values()) {
            means.put(group, cents.get(group) / 100.0 / orderCounts.get(group));
        }
        return means;
    }
}

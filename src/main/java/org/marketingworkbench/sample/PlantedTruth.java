package org.marketingworkbench.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The planted structure, as the analyses should find it, for planted-truth.json. */
final class PlantedTruth {

    private PlantedTruth() {
    }

    static Map<String, Object> structure(List<SampleCustomer> customers) {
        Map<String, Object> truth = new LinkedHashMap<>();
        Map<String, Object> groups = new LinkedHashMap<>();
        for (CustomerGroup group : CustomerGroup.values()) {
            Map<String, Object> description = new LinkedHashMap<>();
            description.put("customers", customers.stream().filter(c -> c.group() == group).count());
            description.put("age", List.of(group.minAge, group.maxAge));
            description.put("monthly_income", List.of(group.minIncome, group.maxIncome));
            description.put("orders_in_two_years", List.of(group.minOrders, group.maxOrders));
            description.put("days_since_last_order", List.of(group.minRecencyDays, group.maxRecencyDays));
            description.put("likes_on_preferred_platform", List.of(group.minEngagement, group.maxEngagement));
            description.put("best_channel", group.bestChannel);
            groups.put(group.label, description);
        }
        truth.put("customer_groups", groups);
        truth.put("customer_groups_features", List.of("recency (days since last order)", "frequency (orders)",
                "monetary (spend)", "age", "monthly_income", "likes on the preferred platform"));
        truth.put("customer_group_of", SampleDataGenerator.groups(customers));
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (List<String> pair : Catalogue.PLANTED_PAIRS) {
            pairs.add(Ordered.map("antecedent_type", pair.get(0), "consequent_type", pair.get(1),
                    "added_with_probability", Catalogue.PAIR_PROBABILITY,
                    "note", "product types: the product names are brand + type, e.g. 华辰" + pair.get(0)));
        }
        truth.put("associations", pairs);
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("file", "customers.csv");
        outcome.put("column", "purchased_after_campaign");
        outcome.put("positive", "yes");
        outcome.put("rate", customers.stream().filter(SampleCustomer::purchased).count() / (double) customers.size());
        outcome.put("drivers", List.of(
                Ordered.map("feature", "preferred_platform", "effect", "WeChat raises the odds", "log_odds", CustomerFactory.WECHAT_EFFECT),
                Ordered.map("feature", "city_tier", "effect", "tier 1-2 raises the odds", "log_odds", CustomerFactory.BIG_CITY_EFFECT),
                Ordered.map("feature", "monthly_income", "effect", "above " + CustomerFactory.INCOME_THRESHOLD + " raises the odds",
                        "log_odds", CustomerFactory.INCOME_EFFECT)));
        outcome.put("intercept_log_odds", CustomerFactory.INTERCEPT);
        truth.put("purchase_outcome", outcome);
        Map<String, String> best = new LinkedHashMap<>();
        for (CustomerGroup group : CustomerGroup.values()) {
            best.put(group.label, group.bestChannel);
        }
        truth.put("best_channel_by_group", best);
        truth.put("best_channel_lift", CampaignFactory.BEST_LIFT);
        return truth;
    }
}

package org.marketingworkbench.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sentences of planted-truth.json: how each derived figure is defined and how the outcome was made. */
final class TruthText {

    static final Map<String, Object> DEFINITIONS = entries(
            "recency_days", "days from the customer's last order_date in orders.csv to the reference date "
                    + "2026-06-30 (return lines carry their order's date, so they never change it)",
            "frequency", "distinct order_id of the customer in orders.csv",
            "monetary", "sum of line_amount of the customer in orders.csv in yuan (return lines are negative "
                    + "and subtract; the quantity outliers count as written)",
            "engagement", "likes + shares + comments of the customer over all rows of social_engagement.csv",
            "age", "completed years from birthday to the reference date 2026-06-30",
            "note", "all derived figures are computed after removing the planted exact duplicate rows");

    static final String HOW_TO_FIND_GROUPS = "K-means with k = 5 on the z-scored recency_days, frequency, monetary "
            + "and engagement of each unique customer recovers the groups (see the tests for the adjusted Rand "
            + "index); every customer's group is listed under assignments";

    static final String OUTCOME_MEANING = "1 = the customer bought during the summer campaign of 2026-07-01 to "
            + "2026-07-14, which comes after the order history; 0 = did not";

    private TruthText() {
    }

    static String outcomeModel() {
        return String.format(java.util.Locale.ROOT, "P(purchase) = 1 / (1 + exp(-logit)), logit = %.1f"
                + " + %.1f if recency_days <= %d + %.1f if engagement >= %d + %.1f if age < %d"
                + " %.1f if age >= %d; then one Bernoulli draw per customer",
                PurchaseOutcome.INTERCEPT, PurchaseOutcome.RECENT_EFFECT, PurchaseOutcome.RECENT_DAYS,
                PurchaseOutcome.ENGAGED_EFFECT, PurchaseOutcome.ENGAGED_AT_LEAST, PurchaseOutcome.YOUNG_EFFECT,
                PurchaseOutcome.YOUNG_BELOW, PurchaseOutcome.OLDER_EFFECT, PurchaseOutcome.OLDER_FROM);
    }

    static List<Map<String, Object>> outcomeDrivers() {
        return List.of(
                entries("feature", "recency_days", "derived_from", "orders.csv", "strength", 1,
                        "direction", "fewer days since the last order -> more likely to buy",
                        "threshold", "<= " + PurchaseOutcome.RECENT_DAYS),
                entries("feature", "engagement", "derived_from", "social_engagement.csv (all platforms; the "
                        + "preferred platform carries 60 to 100% of it)", "strength", 2,
                        "direction", "more social-media interactions -> more likely to buy",
                        "threshold", ">= " + PurchaseOutcome.ENGAGED_AT_LEAST),
                entries("feature", "age", "derived_from", "customers.csv birthday", "strength", 3,
                        "direction", "under " + PurchaseOutcome.YOUNG_BELOW + " more likely, "
                                + PurchaseOutcome.OLDER_FROM + " and over less likely",
                        "threshold", "< " + PurchaseOutcome.YOUNG_BELOW + " and >= " + PurchaseOutcome.OLDER_FROM));
    }

    /** An ordered map from alternating keys and values (Map.of would reorder the keys from run to run). */
    static Map<String, Object> entries(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}

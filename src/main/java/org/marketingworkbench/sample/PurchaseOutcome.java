package org.marketingworkbench.sample;

import java.util.List;

/**
 * The planted purchase outcome ({@code purchased_after_campaign}): whether the customer bought during
 * the summer campaign of 2026-07-01 to 2026-07-14, which comes after the order history ends. A
 * logistic model of three drivers, then a coin toss with that probability: recent buyers, customers
 * engaged on social media and young customers buy more; customers of fifty and over less.
 * Income, education, gender and city tier have no effect.
 */
final class PurchaseOutcome {

    static final String COLUMN = "purchased_after_campaign";
    static final double INTERCEPT = -3.6;
    static final int RECENT_DAYS = 45;
    static final double RECENT_EFFECT = 2.0;
    static final int ENGAGED_AT_LEAST = 40;
    static final double ENGAGED_EFFECT = 1.4;
    static final int YOUNG_BELOW = 30;
    static final double YOUNG_EFFECT = 1.2;
    static final int OLDER_FROM = 50;
    static final double OLDER_EFFECT = -1.0;

    private PurchaseOutcome() {
    }

    /** The purchase outcome of every customer, in customer order. */
    static List<Boolean> draw(long seed, List<CustomerFeatures> features) {
        SampleRandom random = new SampleRandom(seed, "outcome");
        return features.stream().map(f -> random.nextDouble() < probability(f)).toList();
    }

    static double probability(CustomerFeatures f) {
        double logit = INTERCEPT
                + (f.recencyDays() <= RECENT_DAYS ? RECENT_EFFECT : 0)
                + (f.engagement() >= ENGAGED_AT_LEAST ? ENGAGED_EFFECT : 0)
                + (f.age() < YOUNG_BELOW ? YOUNG_EFFECT : 0)
                + (f.age() >= OLDER_FROM ? OLDER_EFFECT : 0);
        return 1 / (1 + StrictMath.exp(-logit));
    }
}

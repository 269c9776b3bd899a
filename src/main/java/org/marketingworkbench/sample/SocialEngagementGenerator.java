package org.marketingworkbench.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Likes, shares and comments on the shop's accounts over the two years, per customer and platform.
 * Every customer has a row for their preferred platform, which gets most of their activity, and
 * zero to two more; the group sets the overall level (young social customers are far above the rest).
 */
final class SocialEngagementGenerator {

    private final SampleRandom random;

    SocialEngagementGenerator(long seed) {
        this.random = new SampleRandom(seed, "social");
    }

    List<SocialEngagement> generate(List<Customer> customers) {
        List<SocialEngagement> rows = new ArrayList<>();
        for (Customer customer : customers) {
            CustomerGroup group = customer.group();
            int total = (int) Math.round(random.logNormal(group.engagement.centre(), group.engagement.spread()));
            List<String> platforms = new ArrayList<>();
            platforms.add(customer.platform());
            int extra = random.pickIndex(group.extraPlatformWeights());
            for (String other : random.sample(CustomerGenerator.PLATFORMS, CustomerGenerator.PLATFORMS.size())) {
                if (platforms.size() <= extra && !other.equals(customer.platform())) {
                    platforms.add(other);
                }
            }
            int preferred = platforms.size() == 1 ? total : (int) Math.round(total * random.uniform(0.6, 0.85));
            int left = total - preferred;
            List<Integer> amounts = new ArrayList<>(List.of(preferred));
            for (int i = 1; i < platforms.size(); i++) {
                int amount = i == platforms.size() - 1 ? left : (int) Math.round(left * random.uniform(0.3, 0.7));
                amounts.add(amount);
                left -= amount;
            }
            // Rows in the platforms' fixed order, as an export sorted by customer and platform would be.
            for (String platform : CustomerGenerator.PLATFORMS) {
                int at = platforms.indexOf(platform);
                if (at >= 0) {
                    rows.add(split(customer, platform, amounts.get(at)));
                }
            }
        }
        return List.copyOf(rows);
    }

    static CsvText csv(List<SocialEngagement> rows) {
        CsvText csv = new CsvText("\n", "customer_id", "platform", "likes", "shares", "comments");
        for (SocialEngagement row : rows) {
            csv.row(row.customer().id(), row.platform(), Integer.toString(row.likes()), Integer.toString(row.shares()),
                    Integer.toString(row.comments()));
        }
        return csv;
    }

    /** Most interactions are likes; shares are the rarest. */
    private SocialEngagement split(Customer customer, String platform, int total) {
        int likes = (int) Math.round(total * random.uniform(0.6, 0.75));
        int shares = (int) Math.round(total * random.uniform(0.05, 0.15));
        return new SocialEngagement(customer, platform, likes, shares, total - likes - shares);
    }
}

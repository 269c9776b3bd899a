package org.marketingworkbench.sample;

/**
 * The planted behavioural customer groups. Each draws its customers' ages, incomes, order
 * counts, spend per order, time since the last order and social engagement from its own ranges,
 * so K-means on per-customer RFM, engagement, age and income finds them again.
 */
enum CustomerGroup {
    LOYAL("High-value loyal", 0.16, 30, 50, 15_000, 40_000, 8, 20, 500, 1_400, 0, 30, 20, 60, "email"),
    BARGAIN("Bargain hunters", 0.24, 25, 45, 4_000, 9_000, 6, 12, 40, 140, 3, 60, 10, 40, "search ads"),
    NEW("New customers", 0.20, 20, 35, 6_000, 14_000, 1, 3, 150, 400, 0, 90, 5, 30, "display ads"),
    AT_RISK("At risk", 0.20, 35, 60, 7_000, 16_000, 3, 8, 200, 500, 200, 480, 0, 15, "WeChat"),
    YOUNG_SOCIAL("Young social", 0.20, 18, 27, 3_000, 8_000, 2, 6, 80, 250, 10, 90, 150, 500, "Weibo");

    final String label;
    final double share;
    final int minAge;
    final int maxAge;
    final int minIncome;
    final int maxIncome;
    final int minOrders;
    final int maxOrders;
    final int minOrderValue;
    final int maxOrderValue;
    final int minRecencyDays;
    final int maxRecencyDays;
    final int minEngagement;
    final int maxEngagement;
    /** The channel that works best for this group, on both engagement and conversion. */
    final String bestChannel;

    CustomerGroup(String label, double share, int minAge, int maxAge, int minIncome, int maxIncome, int minOrders,
            int maxOrders, int minOrderValue, int maxOrderValue, int minRecencyDays, int maxRecencyDays,
            int minEngagement, int maxEngagement, String bestChannel) {
        this.label = label;
        this.share = share;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.minIncome = minIncome;
        this.maxIncome = maxIncome;
        this.minOrders = minOrders;
        this.maxOrders = maxOrders;
        this.minOrderValue = minOrderValue;
        this.maxOrderValue = maxOrderValue;
        this.minRecencyDays = minRecencyDays;
        this.maxRecencyDays = maxRecencyDays;
        this.minEngagement = minEngagement;
        this.maxEngagement = maxEngagement;
        this.bestChannel = bestChannel;
    }
}

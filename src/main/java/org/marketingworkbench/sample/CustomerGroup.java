package org.marketingworkbench.sample;

import java.time.LocalDate;

/**
 * The planted behavioural customer groups and the parameters that make them differ: age, income,
 * how often and how recently they order, what they buy, and how much they interact on social media.
 * Weights are relative. Category order: 美妆护肤, 服饰鞋包, 数码电器, 食品饮料, 母婴用品, 家居日用.
 * Platform order: WeChat, Weibo, Douyin, Xiaohongshu, Bilibili. Education order: see
 * {@link CustomerGenerator}.
 */
enum CustomerGroup {

    HIGH_VALUE_LOYAL("high_value_loyal", "High-value loyal", "高价值忠诚客户", 450, 0.6,
            new Spread(38, 6, 28, 55), new Spread(22_000, 0.18, 14_000, 28_000),
            new Range(17, 21), new Range(1, 30), 0.6, 0.65, new double[] {0.8, 0.15, 0.05},
            new double[] {3, 2, 2, 1.5, 1, 1.5}, new double[] {0.55, 0.1, 0.1, 0.2, 0.05},
            new Spread(80, 0.5, 0, 0), new double[] {0.4, 0.4, 0.2},
            new double[] {0.35, 0.35, 0.2, 0.1}, new double[] {0.05, 0.15, 0.5, 0.25, 0.05},
            LocalDate.of(2019, 1, 1), LocalDate.of(2023, 6, 30)),
    BARGAIN_HUNTER("bargain_hunter", "Bargain hunter", "价格敏感型客户", 800, 0.55,
            new Spread(45, 8, 26, 65), new Spread(7_000, 0.2, 4_000, 11_000),
            new Range(7, 10), new Range(7, 60), 0.6, 0.1, new double[] {0.45, 0.28, 0.17, 0.1},
            new double[] {1, 1, 0.5, 3, 1.5, 3}, new double[] {0.5, 0.1, 0.3, 0.05, 0.05},
            new Spread(30, 0.6, 0, 0), new double[] {0.6, 0.3, 0.1},
            new double[] {0.1, 0.25, 0.3, 0.35}, new double[] {0.3, 0.35, 0.3, 0.05, 0},
            LocalDate.of(2020, 1, 1), LocalDate.of(2024, 3, 31)),
    NEW_CUSTOMER("new_customer", "New customer", "新客户", 650, 0.5,
            new Spread(31, 7, 20, 50), new Spread(10_000, 0.2, 5_000, 16_000),
            new Range(1, 2), new Range(0, 119), 0.4, 0.45, new double[] {0.72, 0.2, 0.08},
            new double[] {1.5, 1.5, 1, 1.5, 1, 1.5}, new double[] {0.3, 0.15, 0.25, 0.2, 0.1},
            new Spread(18, 0.7, 0, 0), new double[] {0.6, 0.3, 0.1},
            new double[] {0.2, 0.3, 0.3, 0.2}, new double[] {0.15, 0.3, 0.45, 0.1, 0},
            SampleDataGenerator.REFERENCE_DATE.minusDays(120), SampleDataGenerator.REFERENCE_DATE.minusDays(1)),
    AT_RISK("at_risk", "Lapsed / at risk", "流失风险客户", 800, 0.5,
            new Spread(44, 8, 26, 65), new Spread(10_000, 0.2, 5_000, 16_000),
            new Range(3, 5), new Range(240, 600), 0.4, 0.4, new double[] {0.72, 0.2, 0.08},
            new double[] {1, 1.5, 1, 1.5, 2, 2}, new double[] {0.5, 0.3, 0.1, 0.05, 0.05},
            new Spread(6, 0.7, 0, 0), new double[] {0.7, 0.25, 0.05},
            new double[] {0.15, 0.3, 0.3, 0.25}, new double[] {0.25, 0.3, 0.35, 0.1, 0},
            LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31)),
    YOUNG_SOCIAL("young_social", "Young and social", "社交活跃年轻客户", 700, 0.6,
            new Spread(22.5, 2.5, 18, 28), new Spread(6_000, 0.2, 3_500, 9_500),
            new Range(2, 5), new Range(5, 90), 0.5, 0.35, new double[] {0.72, 0.2, 0.08},
            new double[] {4, 3, 1.5, 1.5, 0.1, 0.5}, new double[] {0.03, 0.12, 0.35, 0.3, 0.2},
            new Spread(600, 0.25, 0, 0), new double[] {0.1, 0.4, 0.5},
            new double[] {0.25, 0.35, 0.25, 0.15}, new double[] {0.15, 0.35, 0.45, 0.05, 0},
            LocalDate.of(2022, 7, 1), LocalDate.of(2025, 12, 31));

    /** A centre, a spread (a standard deviation, or a log-scale sigma) and bounds. */
    record Spread(double centre, double spread, double min, double max) {
    }

    /** Whole numbers from {@code min} to {@code max}, both included. */
    record Range(int min, int max) {
    }

    final String id;
    final String labelEnglish;
    final String labelChinese;
    final int size;
    final double femaleShare;
    final Spread age;
    /** Monthly income in yuan: the median, a log-scale sigma and bounds. */
    final Spread income;
    /** Orders in the two-year window. */
    final Range orders;
    /** Days between the last order and the reference date. */
    final Range recencyDays;
    /** Mean number of lines beyond the first in one order. */
    final double extraLines;
    /** Chance of picking the premium version of a product. */
    final double premiumShare;
    /** Weights of quantities 1, 2, 3, ... on one line. */
    private final double[] quantityWeights;
    private final double[] categoryWeights;
    private final double[] platformWeights;
    /** Likes + shares + comments over the two years, all platforms: median and log-scale sigma. */
    final Spread engagement;
    /** Weights of having 0, 1 or 2 platforms besides the preferred one. */
    private final double[] extraPlatformWeights;
    private final double[] tierWeights;
    private final double[] educationWeights;
    final LocalDate signupFrom;
    final LocalDate signupTo;

    // A table row: one argument per parameter reads best beside the constants above.
    CustomerGroup(String id, String labelEnglish, String labelChinese, int size, double femaleShare, Spread age,
            Spread income, Range orders, Range recencyDays, double extraLines, double premiumShare,
            double[] quantityWeights, double[] categoryWeights, double[] platformWeights, Spread engagement,
            double[] extraPlatformWeights, double[] tierWeights, double[] educationWeights, LocalDate signupFrom,
            LocalDate signupTo) {
        this.id = id;
        this.labelEnglish = labelEnglish;
        this.labelChinese = labelChinese;
        this.size = size;
        this.femaleShare = femaleShare;
        this.age = age;
        this.income = income;
        this.orders = orders;
        this.recencyDays = recencyDays;
        this.extraLines = extraLines;
        this.premiumShare = premiumShare;
        this.quantityWeights = quantityWeights;
        this.categoryWeights = categoryWeights;
        this.platformWeights = platformWeights;
        this.engagement = engagement;
        this.extraPlatformWeights = extraPlatformWeights;
        this.tierWeights = tierWeights;
        this.educationWeights = educationWeights;
        this.signupFrom = signupFrom;
        this.signupTo = signupTo;
    }

    double[] quantityWeights() {
        return quantityWeights.clone();
    }

    double[] categoryWeights() {
        return categoryWeights.clone();
    }

    double[] platformWeights() {
        return platformWeights.clone();
    }

    double[] extraPlatformWeights() {
        return extraPlatformWeights.clone();
    }

    double[] tierWeights() {
        return tierWeights.clone();
    }

    double[] educationWeights() {
        return educationWeights.clone();
    }
}

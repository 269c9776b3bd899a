package org.marketingworkbench.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Draws the customers of each planted group, and their purchase outcome from the planted drivers. */
final class CustomerFactory {
    static final List<String> PLATFORMS = List.of("WeChat", "Douyin", "Weibo", "Xiaohongshu", "Bilibili");
    /** Planted outcome: log-odds intercept and the effects of the three drivers. */
    static final double INTERCEPT = -2.9;
    static final double WECHAT_EFFECT = 1.6;
    static final double BIG_CITY_EFFECT = 1.0;
    static final double INCOME_EFFECT = 0.9;
    static final int INCOME_THRESHOLD = 12_000;

    private CustomerFactory() {
    }

    static List<SampleCustomer> create(int count, LocalDate today, SplittableRandom random) {
        List<SampleCustomer> customers = new ArrayList<>();
        int number = 1;
        for (CustomerGroup group : CustomerGroup.values()) {
            int size = (int) Math.round(count * group.share);
            if (group == CustomerGroup.values()[CustomerGroup.values().length - 1]) {
                size = count - customers.size();
            }
            for (int i = 0; i < size; i++) {
                customers.add(customer(String.format(Locale.ROOT, "C%05d", number++), group, today, random));
            }
        }
        // interleave the groups, as a real export would be ordered by id, not by group
        java.util.Collections.shuffle(customers, new java.util.Random(random.nextLong()));
        List<SampleCustomer> renumbered = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            SampleCustomer c = customers.get(i);
            renumbered.add(new SampleCustomer(String.format(Locale.ROOT, "C%05d", i + 1), c.group(), c.name(), c.phone(),
                    Names.email(random, i + 1), c.birthday(), c.gender(), c.city(), c.income(), c.education(),
                    c.signupDate(), c.platform(), c.engagement(), c.orders(), c.recencyDays(), c.purchased()));
        }
        return renumbered;
    }

    private static SampleCustomer customer(String id, CustomerGroup group, LocalDate today, SplittableRandom random) {
        int age = between(random, group.minAge, group.maxAge);
        LocalDate birthday = today.minusYears(age).minusDays(random.nextInt(365));
        int income = (int) Math.round(between(random, group.minIncome, group.maxIncome) / 100.0) * 100;
        int orders = between(random, group.minOrders, group.maxOrders);
        int recency = between(random, group.minRecencyDays, group.maxRecencyDays);
        LocalDate signup = group == CustomerGroup.NEW
                ? today.minusDays(recency + 5 + random.nextInt(60))
                : today.minusDays(760 + random.nextInt(900));
        Names.City city = Names.city(random);
        String platform = platform(group, random);
        int engagement = between(random, group.minEngagement, group.maxEngagement);
        double logit = INTERCEPT + ("WeChat".equals(platform) ? WECHAT_EFFECT : 0) + (city.tier() <= 2 ? BIG_CITY_EFFECT : 0)
                + (income > INCOME_THRESHOLD ? INCOME_EFFECT : 0);
        boolean purchased = random.nextDouble() < 1 / (1 + Math.exp(-logit));
        String education = Names.EDUCATION.get(Math.min(Names.EDUCATION.size() - 1,
                (income / 9_000) + random.nextInt(2)));
        return new SampleCustomer(id, group, Names.name(random), Names.mobile(random), "", birthday,
                random.nextBoolean() ? "男" : "女", city, income, education, signup, platform, engagement, orders,
                recency, purchased);
    }

    private static String platform(CustomerGroup group, SplittableRandom random) {
        double u = random.nextDouble();
        return switch (group) {
            case YOUNG_SOCIAL -> u < 0.45 ? "Douyin" : u < 0.75 ? "Xiaohongshu" : u < 0.95 ? "Weibo" : "WeChat";
            case LOYAL -> u < 0.70 ? "WeChat" : u < 0.85 ? "Weibo" : "Douyin";
            default -> u < 0.45 ? "WeChat" : u < 0.65 ? "Douyin" : u < 0.80 ? "Weibo" : u < 0.90 ? "Xiaohongshu" : "Bilibili";
        };
    }

    static int between(SplittableRandom random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}

package org.marketingworkbench.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Campaign results per campaign, channel and target group. Each group has one planted best
 * channel whose engagement and conversion rates are well above the others', for that group only.
 */
final class CampaignFactory {
    static final List<String> CHANNELS = List.of("WeChat", "Weibo", "email", "search ads", "display ads");
    static final List<String> CAMPAIGNS = List.of("618大促", "会员日", "双11预热", "周年庆", "新品首发", "唤醒计划");
    /** When each campaign started; each ran for two weeks. */
    static final List<LocalDate> STARTS = List.of(LocalDate.of(2025, 6, 4), LocalDate.of(2025, 8, 8),
            LocalDate.of(2025, 10, 20), LocalDate.of(2025, 12, 12), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 5, 10));
    /**
     * The planted best channel of a group reaches this multiple of the highest base rate of any
     * channel, on both rates; the others stay within 0.75 to 1.05 of their own base rate.
     */
    static final double BEST_LIFT = 1.4;

    private static final Map<String, double[]> BASE = Map.of(
            // engagement rate, conversion rate, cost per thousand reached
            "WeChat", new double[] {0.060, 0.012, 45},
            "Weibo", new double[] {0.050, 0.008, 30},
            "email", new double[] {0.030, 0.010, 8},
            "search ads", new double[] {0.040, 0.014, 60},
            "display ads", new double[] {0.020, 0.005, 20});

    /** One row of campaigns.csv. */
    record Result(String campaign, String channel, String segment, long reach, long engagements, long conversions,
            double cost, double revenue, LocalDate start, LocalDate end) {
    }

    private CampaignFactory() {
    }

    static List<Result> create(LocalDate today, SplittableRandom random) {
        List<Result> results = new ArrayList<>();
        for (int c = 0; c < CAMPAIGNS.size(); c++) {
            LocalDate start = STARTS.get(c);
            LocalDate end = start.plusDays(13);
            for (CustomerGroup group : CustomerGroup.values()) {
                for (String channel : CHANNELS) {
                    double[] base = BASE.get(channel);
                    boolean best = channel.equals(group.bestChannel);
                    double engagementRate = best ? highest(0) * BEST_LIFT : base[0] * (0.75 + 0.3 * random.nextDouble());
                    double conversionRate = best ? highest(1) * BEST_LIFT : base[1] * (0.75 + 0.3 * random.nextDouble());
                    long reach = 8_000 + random.nextInt(42_000);
                    long engagements = binomial(reach, engagementRate, random);
                    long conversions = binomial(reach, conversionRate, random);
                    double cost = Math.round(reach * base[2] / 10.0) / 100.0;
                    double revenue = Math.round(conversions * (group.minOrderValue + group.maxOrderValue) / 2.0 * 100) / 100.0;
                    results.add(new Result(CAMPAIGNS.get(c), channel, group.label, reach, engagements, conversions, cost,
                            revenue, start, end));
                }
            }
        }
        return results;
    }

    private static double highest(int rate) {
        return BASE.values().stream().mapToDouble(values -> values[rate]).max().orElseThrow();
    }

    /** A binomial draw by its normal approximation (reach is thousands): mean n p, variance n p (1 - p). */
    private static long binomial(long n, double p, SplittableRandom random) {
        double mean = n * p;
        double sd = Math.sqrt(n * p * (1 - p));
        return Math.max(0, Math.round(mean + sd * gaussian(random)));
    }

    static double gaussian(SplittableRandom random) {
        double u = Math.max(1e-12, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}

package org.marketingworkbench.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Results of four campaign waves, each run on five channels for each customer group. Every group has
 * one channel that is best by both engagement rate and conversion rate, by at least 1.7 times the
 * runner-up; the wave and row noise (at most x1.15 and x1.1) cannot reverse that, in any wave or summed.
 */
final class CampaignGenerator {

    static final List<String> CHANNELS = List.of("WeChat", "Weibo", "email", "search ads", "display ads");

    private record Wave(String code, String name, LocalDate start, LocalDate end, double factor) {
    }

    private static final List<Wave> WAVES = List.of(
            new Wave("2025-618", "2025 618 年中大促", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 20), 1.1),
            new Wave("2025-1111", "2025 双11 狂欢节", LocalDate.of(2025, 10, 20), LocalDate.of(2025, 11, 12), 1.15),
            new Wave("2026-CNY", "2026 年货节", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 25), 0.95),
            new Wave("2026-SPRING", "2026 春季焕新", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 31), 0.9));
    /** People reached per row, low and high, by channel. */
    private static final int[][] REACH = {{6_000, 12_000}, {15_000, 40_000}, {3_000, 8_000}, {10_000, 30_000},
        {30_000, 80_000}};
    /** Yuan spent per person reached, by channel. */
    private static final double[] COST_PER_REACH = {0.25, 0.35, 0.04, 1.10, 0.45};

    private final SampleRandom random;

    CampaignGenerator(long seed) {
        this.random = new SampleRandom(seed, "campaigns");
    }

    /** The channel with the highest engagement and conversion rates for the group. */
    static String bestChannel(CustomerGroup group) {
        return switch (group) {
            case HIGH_VALUE_LOYAL -> "WeChat";
            case BARGAIN_HUNTER -> "search ads";
            case NEW_CUSTOMER -> "display ads";
            case AT_RISK -> "email";
            case YOUNG_SOCIAL -> "Weibo";
        };
    }

    /** Engagements per person reached, by channel in {@link #CHANNELS} order. */
    static double[] engagementRates(CustomerGroup group) {
        return switch (group) {
            case HIGH_VALUE_LOYAL -> new double[] {0.12, 0.05, 0.07, 0.04, 0.02};
            case BARGAIN_HUNTER -> new double[] {0.05, 0.03, 0.03, 0.09, 0.03};
            case NEW_CUSTOMER -> new double[] {0.03, 0.035, 0.02, 0.04, 0.07};
            case AT_RISK -> new double[] {0.03, 0.02, 0.06, 0.015, 0.01};
            case YOUNG_SOCIAL -> new double[] {0.05, 0.14, 0.01, 0.04, 0.05};
        };
    }

    /** Conversions per person reached, by channel in {@link #CHANNELS} order. */
    static double[] conversionRates(CustomerGroup group) {
        return switch (group) {
            case HIGH_VALUE_LOYAL -> new double[] {0.06, 0.015, 0.03, 0.02, 0.006};
            case BARGAIN_HUNTER -> new double[] {0.018, 0.008, 0.012, 0.035, 0.008};
            case NEW_CUSTOMER -> new double[] {0.008, 0.01, 0.006, 0.012, 0.022};
            case AT_RISK -> new double[] {0.01, 0.004, 0.022, 0.006, 0.003};
            case YOUNG_SOCIAL -> new double[] {0.012, 0.035, 0.002, 0.01, 0.014};
        };
    }

    /** One row per wave, group and channel; revenue per conversion is the group's mean order value. */
    List<CampaignResult> generate(Map<CustomerGroup, Double> meanOrderValueYuan) {
        List<CampaignResult> rows = new ArrayList<>();
        for (Wave wave : WAVES) {
            for (CustomerGroup group : CustomerGroup.values()) {
                double[] engagement = engagementRates(group);
                double[] conversion = conversionRates(group);
                for (int c = 0; c < CHANNELS.size(); c++) {
                    int reach = random.between(REACH[c][0], REACH[c][1]);
                    int engagements = (int) Math.round(reach * engagement[c] * wave.factor() * random.uniform(0.9, 1.1));
                    int conversions = Math.min(engagements,
                            (int) Math.round(reach * conversion[c] * wave.factor() * random.uniform(0.9, 1.1)));
                    long cost = Math.round(reach * COST_PER_REACH[c] * random.uniform(0.9, 1.1) * 100);
                    long revenue = Math.round(conversions * meanOrderValueYuan.get(group) * random.uniform(0.85, 1.15)
                            * 100);
                    rows.add(new CampaignResult(String.format(Locale.ROOT, "CMP%03d", rows.size() + 1), wave.name(),
                            CHANNELS.get(c), group, wave.start(), wave.end(), reach, engagements, conversions, cost,
                            revenue));
                }
            }
        }
        return List.copyOf(rows);
    }

    static CsvText csv(List<CampaignResult> rows) {
        CsvText csv = new CsvText("\n", "campaign_id", "campaign", "channel", "target_segment", "start_date",
                "end_date", "reach", "engagements", "conversions", "cost", "revenue");
        for (CampaignResult row : rows) {
            csv.row(row.campaignId(), row.campaign(), row.channel(), row.segment().id, row.start().toString(),
                    row.end().toString(), Integer.toString(row.reach()), Integer.toString(row.engagements()),
                    Integer.toString(row.conversions()), CsvText.money(row.costCents()),
                    CsvText.money(row.revenueCents()));
        }
        return csv;
    }
}

package org.marketingworkbench.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes planted-truth.json: what the generator planted and what later analyses must find, with the
 * exact counts of the planted mess. The JSON is pretty-printed with LF line ends on every platform.
 */
final class PlantedTruthWriter {

    static final String FILE = "planted-truth.json";

    private final SampleData data;
    private final TruthStatistics statistics;

    PlantedTruthWriter(SampleData data) {
        this.data = data;
        this.statistics = new TruthStatistics(data);
    }

    /** The truth as UTF-8 JSON; {@code files} describes every written file (name to rows, encoding, columns). */
    byte[] json(Map<String, Object> files) throws IOException {
        Map<String, Object> truth = new LinkedHashMap<>();
        truth.put("dataset", "Marketing Workbench sample data: a fictional Chinese online retailer");
        truth.put("generator", SampleDataGenerator.class.getName());
        truth.put("seed", data.seed());
        truth.put("regenerate", SampleDataGenerator.REGENERATE_COMMAND);
        truth.put("reference_date", SampleDataGenerator.REFERENCE_DATE.toString());
        truth.put("order_window", TruthText.entries("from", OrderGenerator.WINDOW_START.toString(),
                "to", SampleDataGenerator.REFERENCE_DATE.toString()));
        truth.put("cart_tracking_from", CartEventGenerator.TRACKING_START.toLocalDate().toString());
        truth.put("files", files);
        truth.put("definitions", TruthText.DEFINITIONS);
        truth.put("customer_groups", groups());
        truth.put("associations", associations());
        truth.put("purchase_outcome", outcome());
        truth.put("channels", channels());
        truth.put("mess", new MessTruth(data).describe());
        ObjectWriter writer = new ObjectMapper().configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
                .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
        return (writer.writeValueAsString(truth) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> groups() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("count", CustomerGroup.values().length);
        section.put("how_to_find", TruthText.HOW_TO_FIND_GROUPS);
        section.put("recommended_features", List.of("recency_days", "frequency", "monetary", "engagement"));
        List<Map<String, Object>> groups = new ArrayList<>();
        for (CustomerGroup group : CustomerGroup.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", group.id);
            entry.put("label_en", group.labelEnglish);
            entry.put("label_zh", group.labelChinese);
            entry.put("customers", group.size);
            entry.put("best_channel", CampaignGenerator.bestChannel(group));
            entry.put("profile", statistics.profile(group));
            groups.add(entry);
        }
        section.put("groups", groups);
        Map<String, String> assignments = new LinkedHashMap<>();
        data.customers().forEach(c -> assignments.put(c.id(), c.group().id));
        section.put("assignments", assignments);
        return section;
    }

    private Map<String, Object> associations() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("basket", "order_id in orders.csv (returns and duplicate lines do not change a basket's items)");
        section.put("baskets", data.orders().lines().stream().map(OrderLine::orderId).distinct().count());
        section.put("expected_lift_min", 20);
        section.put("expected_lift_max", 150);
        section.put("rules", statistics.associations());
        return section;
    }

    private Map<String, Object> outcome() {
        long positives = data.purchased().stream().filter(p -> p).count();
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("column", PurchaseOutcome.COLUMN);
        section.put("file", "customers.csv");
        section.put("positive_value", "1");
        section.put("meaning", TruthText.OUTCOME_MEANING);
        section.put("customers", data.customers().size());
        section.put("positives", positives);
        section.put("positive_rate", TruthStatistics.rounded((double) positives / data.customers().size(), 4));
        section.put("model", TruthText.outcomeModel());
        section.put("drivers", TruthText.outcomeDrivers());
        section.put("no_effect", List.of("income", "education", "gender", "city", "city_tier", "signup_date",
                "preferred_platform"));
        section.put("rates_by_driver", statistics.outcomeRatesByDriver());
        return section;
    }

    private Map<String, Object> channels() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("file", "campaigns.csv");
        section.put("rates", "engagement_rate = engagements / reach, conversion_rate = conversions / reach, "
                + "summed over the campaign waves; the best channel is also best in every single wave");
        Map<String, Object> best = new LinkedHashMap<>();
        for (CustomerGroup group : CustomerGroup.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("channel", CampaignGenerator.bestChannel(group));
            Map<String, Object> rates = new LinkedHashMap<>();
            statistics.channelRates(group).forEach((channel, pair) -> rates.put(channel, TruthText.entries(
                    "engagement_rate", TruthStatistics.rounded(pair[0], 6),
                    "conversion_rate", TruthStatistics.rounded(pair[1], 6))));
            entry.put("rates", rates);
            best.put(group.id, entry);
        }
        section.put("best_by_segment", best);
        return section;
    }
}

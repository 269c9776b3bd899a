package org.marketingworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import smile.clustering.KMeans;
import smile.clustering.PartitionClustering;
import smile.math.MathEx;
import smile.validation.metric.AdjustedRandIndex;

/** The structure later analyses must find is really in the committed files, as the truth describes it. */
class PlantedStructureTest {

    private static JsonNode truth;
    private static List<CustomerFeatureTable.Row> features;

    @BeforeAll
    static void read() throws IOException {
        truth = SampleFiles.truth();
        features = CustomerFeatureTable.read();
    }

    @Test
    void groupProfilesComputedFromTheFilesMatchTheTruth() {
        Map<String, String> groupOf = assignments();
        for (JsonNode group : truth.path("customer_groups").path("groups")) {
            String id = group.path("id").asText();
            List<CustomerFeatureTable.Row> members = features.stream().filter(f -> groupOf.get(f.id()).equals(id))
                    .toList();
            JsonNode profile = group.path("profile");
            assertThat(members).hasSize(group.path("customers").asInt());
            assertThat(mean(members, CustomerFeatureTable.Row::recencyDays))
                    .isCloseTo(profile.path("recency_days_mean").asDouble(), within(5e-5));
            assertThat(mean(members, CustomerFeatureTable.Row::frequency))
                    .isCloseTo(profile.path("frequency_mean").asDouble(), within(5e-5));
            assertThat(mean(members, CustomerFeatureTable.Row::monetary))
                    .isCloseTo(profile.path("monetary_mean").asDouble(), within(5e-5));
            assertThat(mean(members, CustomerFeatureTable.Row::engagement))
                    .isCloseTo(profile.path("engagement_mean").asDouble(), within(5e-5));
        }
    }

    @Test
    void kMeansOnStandardisedRfmAndEngagementRecoversTheGroups() {
        double[][] data = new double[features.size()][];
        for (int i = 0; i < data.length; i++) {
            CustomerFeatureTable.Row row = features.get(i);
            data[i] = new double[] {row.recencyDays(), row.frequency(), row.monetary(), row.engagement()};
        }
        MathEx.standardize(data);
        MathEx.setSeed(20_260_630L);
        KMeans best = PartitionClustering.run(10, () -> KMeans.fit(data, 5, 100, 1e-6));
        Map<String, Integer> groupNumber = new HashMap<>();
        Map<String, String> groupOf = assignments();
        int[] planted = features.stream().mapToInt(f -> groupNumber.computeIfAbsent(groupOf.get(f.id()),
                g -> groupNumber.size())).toArray();

        // scikit-learn's KMeans(5, n_init=10) reaches 0.99 on the same matrix (peers/sample/README.md).
        assertThat(AdjustedRandIndex.of(planted, best.y)).isGreaterThan(0.95);
    }

    @Test
    void plantedAssociationsStandFarAboveChanceInTheOrders() throws IOException {
        SampleFiles.Csv orders = SampleFiles.csv("orders.csv");
        Map<String, Set<String>> baskets = new HashMap<>();
        for (List<String> row : orders.rows()) {
            baskets.computeIfAbsent(row.get(0), id -> new HashSet<>()).add(row.get(orders.column("product_id")));
        }
        JsonNode associations = truth.path("associations");
        assertThat(baskets).hasSize(associations.path("baskets").asInt());

        for (JsonNode rule : associations.path("rules")) {
            List<String> antecedent = SampleFiles.texts(rule.path("antecedent"));
            List<String> consequent = SampleFiles.texts(rule.path("consequent"));
            List<String> all = new ArrayList<>(antecedent);
            all.addAll(consequent);
            double n = baskets.size();
            double a = baskets.values().stream().filter(b -> b.containsAll(antecedent)).count();
            double c = baskets.values().stream().filter(b -> b.containsAll(consequent)).count();
            double both = baskets.values().stream().filter(b -> b.containsAll(all)).count();
            double lift = both * n / (a * c);

            assertThat(lift).as(all.toString()).isGreaterThan(associations.path("expected_lift_min").asDouble())
                    .isLessThan(associations.path("expected_lift_max").asDouble())
                    .isCloseTo(rule.path("lift").asDouble(), within(5e-7));
            assertThat(both / n).isCloseTo(rule.path("support").asDouble(), within(5e-7));
            assertThat(both / a).isCloseTo(rule.path("confidence").asDouble(), within(5e-7)).isGreaterThan(0.4);
        }
        assertThat(associations.path("rules")).hasSize(8);
    }

    @Test
    void purchaseRateIsRealisticAndFollowsThePlantedDrivers() {
        double rate = mean(features, f -> f.purchased() ? 1 : 0);

        assertThat(rate).isBetween(0.10, 0.30)
                .isCloseTo(truth.path("purchase_outcome").path("positive_rate").asDouble(), within(5e-5));
        assertDriver(f -> f.recencyDays() <= 45);
        assertDriver(f -> f.engagement() >= 40);
        assertDriver(f -> f.age() >= 0 && f.age() < 30);
        // Older customers buy less: the favourable side is "under fifty".
        assertDriver(f -> f.age() >= 0 && f.age() < 50);
    }

    @Test
    void eachGroupHasOneChannelBestByEngagementAndConversionInEveryWave() throws IOException {
        SampleFiles.Csv campaigns = SampleFiles.csv("campaigns.csv");
        Map<String, long[]> sums = new HashMap<>();
        for (List<String> row : campaigns.rows()) {
            long[] reachEngagedConverted = {Long.parseLong(row.get(campaigns.column("reach"))),
                Long.parseLong(row.get(campaigns.column("engagements"))),
                Long.parseLong(row.get(campaigns.column("conversions")))};
            for (String wave : List.of(row.get(campaigns.column("campaign")), "all waves")) {
                String key = wave + "|" + row.get(campaigns.column("target_segment")) + "|"
                        + row.get(campaigns.column("channel"));
                sums.merge(key, reachEngagedConverted, (x, y) -> new long[] {x[0] + y[0], x[1] + y[1], x[2] + y[2]});
            }
        }
        JsonNode best = truth.path("channels").path("best_by_segment");
        Set<String> waves = new HashSet<>(campaigns.values("campaign"));
        waves.add("all waves");

        assertThat(best.size()).isEqualTo(5);
        best.fields().forEachRemaining(entry -> {
            for (String wave : waves) {
                assertThat(bestChannel(sums, wave, entry.getKey(), 1)).as(wave + " engagement " + entry.getKey())
                        .isEqualTo(entry.getValue().path("channel").asText());
                assertThat(bestChannel(sums, wave, entry.getKey(), 2)).as(wave + " conversion " + entry.getKey())
                        .isEqualTo(entry.getValue().path("channel").asText());
            }
        });
    }

    private static void assertDriver(Predicate<CustomerFeatureTable.Row> favourable) {
        List<CustomerFeatureTable.Row> in = features.stream().filter(favourable).toList();
        List<CustomerFeatureTable.Row> out = features.stream().filter(favourable.negate()).toList();
        assertThat(mean(in, f -> f.purchased() ? 1 : 0) - mean(out, f -> f.purchased() ? 1 : 0)).isGreaterThan(0.15);
    }

    private static String bestChannel(Map<String, long[]> sums, String wave, String segment, int measure) {
        String best = null;
        double bestRate = -1;
        for (Map.Entry<String, long[]> entry : sums.entrySet()) {
            String[] key = entry.getKey().split("\\|");
            double rate = (double) entry.getValue()[measure] / entry.getValue()[0];
            if (key[0].equals(wave) && key[1].equals(segment) && rate > bestRate) {
                best = key[2];
                bestRate = rate;
            }
        }
        return best;
    }

    private static Map<String, String> assignments() {
        Map<String, String> groupOf = new HashMap<>();
        truth.path("customer_groups").path("assignments").fields()
                .forEachRemaining(entry -> groupOf.put(entry.getKey(), entry.getValue().asText()));
        return groupOf;
    }

    private static double mean(List<CustomerFeatureTable.Row> rows, ToDoubleFunction<CustomerFeatureTable.Row> value) {
        return rows.stream().mapToDouble(value).average().orElseThrow();
    }
}

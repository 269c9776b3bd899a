package org.marketingworkbench.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.prepare.steps.AggregateCustomers;
import org.marketingworkbench.prepare.steps.DeriveAge;
import org.marketingworkbench.prepare.steps.Join;
import org.marketingworkbench.prepare.steps.RemoveDuplicates;
import org.marketingworkbench.prepare.steps.RfmScores;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Recipes on the sample data give the per-group means sample-data/planted-truth.json reports (age,
 * recency, frequency, monetary, rounded there to 4 decimals), and the RFM figures of single
 * customers equal a plain count over the lines of orders.csv.
 */
class SampleProfilesTest {
    private static final Path DATA = Path.of("sample-data");
    private static JsonNode truth;
    private static LocalDate referenceDate;
    private static ApplyContext sources;
    private static Table customerTotals;

    @BeforeAll
    static void load() throws IOException {
        truth = new ObjectMapper().readTree(DATA.resolve("planted-truth.json").toFile());
        referenceDate = LocalDate.parse(truth.path("reference_date").asText());
        List<String> ids = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        truth.path("customer_groups").path("assignments").fields().forEachRemaining(entry -> {
            ids.add(entry.getKey());
            groups.add(entry.getValue().asText());
        });
        Table assignments = Table.create("groups", StringColumn.create("customer_id", ids),
                StringColumn.create("group", groups));
        sources = new ApplyContext(Map.of(
                "customers.csv", DataLoader.load(DATA.resolve("customers.csv"), LoadOptions.detect(), Progress.none())
                        .table(),
                "orders.csv", DataLoader.load(DATA.resolve("orders.csv"), LoadOptions.detect(), Progress.none()).table(),
                "groups", assignments));
        customerTotals = Recipe.on("orders.csv").add(RemoveDuplicates.on())
                .add(AggregateCustomers.of("customer_id", "order_id", "order_date", "line_amount", referenceDate))
                .add(RfmScores.standard())
                .add(Join.of("groups", "customer_id", Join.Kind.INNER))
                .apply(sources, Progress.none()).table();
    }

    @Test
    void derivedAgesAverageToEachGroupsPlantedMeanAge() {
        Recipe recipe = Recipe.on("customers.csv").add(RemoveDuplicates.on())
                .add(DeriveAge.of("birthday", referenceDate)).add(Join.of("groups", "customer_id", Join.Kind.INNER));

        Table customers = recipe.apply(sources, Progress.none()).table();

        assertGroupMeans(customers, "age", "age_mean");
    }

    @Test
    void customerAggregatesAverageToEachGroupsPlantedRecencyFrequencyAndMonetary() {
        Table customers = customerTotals;

        assertThat(customers.rowCount()).isEqualTo(truth.path("mess").path("customers.csv").path("unique_customers")
                .asInt());
        assertGroupMeans(customers, "recency", "recency_days_mean");
        assertGroupMeans(customers, "frequency", "frequency_mean");
        assertGroupMeans(customers, "monetary", "monetary_mean");
    }

    @Test
    void rfmScoresSplitTheCustomersIntoFifths() {
        Table scored = customerTotals;
        int customers = scored.rowCount();

        for (String score : new String[] {"r_score", "f_score", "m_score"}) {
            for (int value = 1; value <= 5; value++) {
                // rank-based quintiles hold n/5 customers, give or take one
                assertThat((double) scored.intColumn(score).isEqualTo(value).size()).as(score + " " + value)
                        .isCloseTo(customers / 5.0, within(1.0));
            }
        }
        assertThat(scored.stringColumn("rfm_segment").countMissing()).isZero();
    }

    @Test
    void recencyFrequencyAndMonetaryOfSingleCustomersEqualAPlainCountOfTheirLines() throws IOException {
        Table customers = customerTotals;
        List<String> lines = Files.readAllLines(DATA.resolve("orders.csv"), StandardCharsets.UTF_8);
        for (String customer : List.of("C00001", "C00091", "C02890")) {
            // the same line twice is a planted duplicate: count each distinct line once
            Set<String> seen = new HashSet<>();
            Set<String> orders = new HashSet<>();
            LocalDate last = LocalDate.MIN;
            BigDecimal spent = BigDecimal.ZERO;
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                if (cells[1].equals(customer) && seen.add(line)) {
                    orders.add(cells[0]);
                    last = last.isAfter(LocalDate.parse(cells[2])) ? last : LocalDate.parse(cells[2]);
                    spent = spent.add(new BigDecimal(cells[8]));
                }
            }
            int row = customers.stringColumn("customer_id").indexOf(customer);
            assertThat(customers.intColumn("recency").get(row)).as(customer)
                    .isEqualTo((int) ChronoUnit.DAYS.between(last, referenceDate));
            assertThat(customers.intColumn("frequency").get(row)).as(customer).isEqualTo(orders.size());
            assertThat(customers.doubleColumn("monetary").get(row)).as(customer)
                    .isCloseTo(spent.doubleValue(), within(1e-6));
        }
    }

    /**
     * The mean of {@code column} per group equals its profile in the truth file, which is rounded to 4
     * decimals: within half a unit of the 4th decimal (a mean that ends in 5 may round either way
     * depending on the order of the sum).
     */
    private static void assertGroupMeans(Table customers, String column, String profileKey) {
        for (JsonNode group : truth.path("customer_groups").path("groups")) {
            Table members = customers.where(customers.stringColumn("group").isEqualTo(group.path("id").asText()));
            assertThat(members.rowCount()).isEqualTo(group.path("customers").asInt());
            assertThat(members.numberColumn(column).mean()).as(group.path("id").asText() + " " + column)
                    .isCloseTo(group.path("profile").path(profileKey).asDouble(), within(0.00005 + 1e-9));
        }
    }
}

package org.marketingworkbench.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.prepare.steps.DropMissing;
import org.marketingworkbench.prepare.steps.FilterRows;
import org.marketingworkbench.prepare.steps.Outliers;
import org.marketingworkbench.prepare.steps.Recode;
import org.marketingworkbench.prepare.steps.RemoveDuplicates;
import tech.tablesaw.api.Table;

/**
 * Each cleaning step removes exactly the rows the sample-data generator planted, as written down in
 * sample-data/planted-truth.json (every expected figure is read from that file).
 */
class SampleDataTruthTest {
    private static final Path DATA = Path.of("sample-data");
    private static JsonNode truth;
    private static Table customers;
    private static Table orders;

    @BeforeAll
    static void load() throws IOException {
        truth = new ObjectMapper().readTree(DATA.resolve("planted-truth.json").toFile());
        customers = DataLoader.load(DATA.resolve("customers.csv"), LoadOptions.detect(), Progress.none()).table();
        orders = DataLoader.load(DATA.resolve("orders.csv"), LoadOptions.detect(), Progress.none()).table();
    }

    private static JsonNode customerMess() {
        return truth.path("mess").path("customers.csv");
    }

    private static JsonNode orderMess() {
        return truth.path("mess").path("orders.csv");
    }

    private static StepReport report(Step step, Table table) {
        return Fixtures.apply(step, table).report();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** "order_id/product_id" of each line listed in the truth. */
    private static List<String> lines(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(line -> values.add(line.path("order_id").asText() + "/" + line.path("product_id").asText()));
        return values;
    }

    private static List<String> lines(Table rows) {
        List<String> values = new ArrayList<>();
        for (int row = 0; row < rows.rowCount(); row++) {
            values.add(rows.stringColumn("order_id").get(row) + "/" + rows.stringColumn("product_id").get(row));
        }
        return values;
    }

    @Test
    void theFilesHaveTheRowsTheTruthCounts() {
        assertThat(customers.rowCount()).isEqualTo(customerMess().path("rows_written").asInt());
        assertThat(orders.rowCount()).isEqualTo(orderMess().path("rows_written").asInt());
    }

    @Test
    void removingDuplicateCustomersRemovesExactlyThePlantedCopies() {
        StepReport report = report(RemoveDuplicates.on(), customers);

        assertThat(report.rowsRemoved()).isEqualTo(customerMess().path("exact_duplicate_rows").asInt());
        assertThat(report.rowsOut()).isEqualTo(customerMess().path("unique_customers").asInt());
        assertThat(report.affected().rows().stringColumn("customer_id").asList())
                .containsExactlyInAnyOrderElementsOf(texts(customerMess().path("duplicated_customer_ids")));
    }

    @Test
    void droppingMissingValuesRemovesThePlantedGapsColumnByColumn() {
        customerMess().path("missing").fields().forEachRemaining(entry ->
                assertThat(report(DropMissing.in(entry.getKey()), customers).rowsRemoved()).as(entry.getKey())
                        .isEqualTo(entry.getValue().asInt()));
        assertThat(report(DropMissing.in(), customers).rowsRemoved())
                .isEqualTo(customerMess().path("rows_with_any_missing").asInt());
    }

    @Test
    void zScoreOutliersOfIncomeAreThePlantedExtraZeros() {
        JsonNode planted = customerMess().path("income_outliers");

        StepReport report = report(Outliers.of(Outliers.Method.Z_SCORE, Outliers.Action.REMOVE, "income"), customers);

        assertThat(report.rowsRemoved()).isEqualTo(planted.path("count").asInt());
        Table removed = report.affected().rows();
        assertThat(removed.stringColumn("customer_id").asList())
                .containsExactlyInAnyOrderElementsOf(texts(planted.path("customer_ids")));
        List<Integer> written = new ArrayList<>();
        planted.path("written_values").forEach(value -> written.add(value.asInt()));
        assertThat(removed.intColumn("income").asList()).containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void recodingGenderUnifiesEverySpelling() {
        JsonNode spellings = customerMess().path("gender_spellings");
        List<Recode.Mapping> mappings = new ArrayList<>();
        customerMess().path("gender_mapping").fields().forEachRemaining(entry -> {
            if (!entry.getKey().isEmpty()) {
                mappings.add(new Recode.Mapping(entry.getKey(), entry.getValue().asText()));
            }
        });
        Recode recode = new Recode(true, "gender", mappings, Recode.Unmapped.MISSING, null, false, null);

        StepOutcome outcome = Fixtures.apply(recode, customers);

        long changed = 0;
        Map<String, Long> expected = new java.util.TreeMap<>();
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) spellings::fields) {
            String target = customerMess().path("gender_mapping").path(entry.getKey()).asText();
            if (!entry.getKey().isEmpty()) {
                expected.merge(target, entry.getValue().asLong(), Long::sum);
                changed += entry.getKey().equals(target) ? 0 : entry.getValue().asLong();
            }
        }
        assertThat(outcome.report().count("unmapped")).isZero();
        assertThat(outcome.report().cellsChanged()).isEqualTo(changed);
        expected.forEach((value, count) -> assertThat(
                (long) outcome.table().stringColumn("gender").isEqualTo(value).size()).as(value).isEqualTo(count));
    }

    @Test
    void removingDuplicateOrderLinesRemovesExactlyThePlantedCopies() {
        StepReport report = report(RemoveDuplicates.on(), orders);

        assertThat(report.rowsRemoved()).isEqualTo(orderMess().path("exact_duplicate_rows").asInt());
        assertThat(report.rowsOut()).isEqualTo(orderMess().path("unique_lines").asInt());
        assertThat(lines(report.affected().rows()))
                .containsExactlyInAnyOrderElementsOf(lines(orderMess().path("duplicated_lines")));
    }

    @Test
    void filteringOutReturnsRemovesThePlantedReturnLines() {
        JsonNode returns = orderMess().path("returns");
        Recipe recipe = Recipe.on("orders.csv").add(RemoveDuplicates.on()).add(FilterRows.where(
                FilterRows.Combine.ALL, FilterRows.Condition.of("status", FilterRows.Operator.NOT_EQUALS, "returned")));

        StepReport filter = recipe.apply(ApplyContext.of("orders.csv", orders), Progress.none()).reports().get(1);

        assertThat(filter.rowsRemoved()).isEqualTo(returns.path("count").asInt());
        assertThat(lines(filter.affected().rows())).containsExactlyInAnyOrderElementsOf(lines(returns.path("lines")));
        assertThat(filter.affected().rows().intColumn("quantity").asList()).allSatisfy(q -> assertThat(q).isNegative());
    }

    @Test
    void zScoreOutliersOfQuantityAreThePlantedBulkLines() {
        JsonNode planted = orderMess().path("quantity_outliers");

        StepReport report = report(Outliers.of(Outliers.Method.Z_SCORE, Outliers.Action.REMOVE, "quantity"), orders);

        assertThat(report.rowsRemoved()).isEqualTo(planted.path("count").asInt());
        assertThat(lines(report.affected().rows())).containsExactlyInAnyOrderElementsOf(lines(planted.path("lines")));
    }
}

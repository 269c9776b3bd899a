package org.marketingworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** orders.csv agrees with products.csv and customers.csv, and its planted mess is exactly as the truth says. */
class OrdersConsistencyTest {

    private static SampleFiles.Csv orders;
    private static JsonNode truth;

    @BeforeAll
    static void read() throws IOException {
        orders = SampleFiles.csv("orders.csv");
        truth = SampleFiles.truth().path("mess").path("orders.csv");
    }

    @Test
    void duplicateLinesAreExactCopiesOfTheListedLines() {
        Set<List<String>> seen = new HashSet<>();
        List<String> copied = new ArrayList<>();
        for (List<String> row : orders.rows()) {
            if (!seen.add(row)) {
                copied.add(row.get(orders.column("order_id")) + "/" + row.get(orders.column("product_id")));
            }
        }
        List<String> listed = new ArrayList<>();
        truth.path("duplicated_lines").forEach(line -> listed.add(line.path("order_id").asText() + "/"
                + line.path("product_id").asText()));

        assertThat(orders.rows()).hasSize(truth.path("rows_written").asInt());
        assertThat(copied).hasSize(37).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void returnsAreNegativeLinesOfAnOrderThatHoldsTheProduct() {
        SampleFiles.Csv unique = orders.withoutDuplicates();
        Set<String> bought = new HashSet<>();
        List<List<String>> returns = new ArrayList<>();
        for (List<String> row : unique.rows()) {
            String key = row.get(unique.column("order_id")) + "/" + row.get(unique.column("product_id"));
            if (row.get(unique.column("status")).equals("returned")) {
                returns.add(row);
                assertThat(bought).as(key).contains(key);
            } else {
                assertThat(row.get(unique.column("status"))).isEqualTo("completed");
                bought.add(key);
            }
        }

        assertThat(returns).hasSize(truth.path("returns").path("count").asInt()).hasSize(180);
        assertThat(returns).allMatch(row -> Integer.parseInt(row.get(unique.column("quantity"))) < 0);
        long negative = unique.values("quantity").stream().filter(q -> Integer.parseInt(q) < 0).count();
        assertThat(negative).isEqualTo(180);
    }

    @Test
    void quantityOutliersAreExactlyTheLinesBeyondThreeStandardDeviations() {
        Set<String> listed = new HashSet<>();
        truth.path("quantity_outliers").path("lines").forEach(line -> listed.add(line.path("order_id").asText()
                + "/" + line.path("product_id").asText()));

        for (SampleFiles.Csv table : List.of(orders, orders.withoutDuplicates())) {
            double[] quantities = table.values("quantity").stream().mapToDouble(Double::parseDouble).toArray();
            for (int degreesOfFreedom : new int[] {0, 1}) {
                double[] z = SampleFiles.absoluteZ(quantities, degreesOfFreedom);
                Set<String> flagged = new HashSet<>();
                IntStream.range(0, z.length).filter(i -> z[i] > 3).forEach(i -> flagged.add(
                        table.rows().get(i).get(table.column("order_id")) + "/"
                                + table.rows().get(i).get(table.column("product_id"))));
                double largestKept = IntStream.range(0, z.length).mapToDouble(i -> z[i]).filter(v -> v <= 3).max()
                        .orElseThrow();

                assertThat(flagged).isEqualTo(listed).hasSize(6);
                assertThat(largestKept).isLessThan(2.5);
            }
        }
    }

    @Test
    void everyLineUsesTheCatalogueAndAddsUp() throws IOException {
        SampleFiles.Csv products = SampleFiles.csv("products.csv");
        Map<String, List<String>> catalogue = new HashMap<>();
        for (List<String> row : products.rows()) {
            catalogue.put(row.get(0), row);
        }

        assertThat(products.rows()).hasSize(300);
        for (List<String> row : orders.rows()) {
            List<String> product = catalogue.get(row.get(orders.column("product_id")));
            assertThat(product).as(row.toString()).isNotNull();
            assertThat(row.get(orders.column("product_name"))).isEqualTo(product.get(products.column("name")));
            assertThat(row.get(orders.column("category"))).isEqualTo(product.get(products.column("category")));
            BigDecimal price = new BigDecimal(row.get(orders.column("unit_price")));
            assertThat(price).isEqualTo(new BigDecimal(product.get(products.column("price"))));
            BigDecimal quantity = new BigDecimal(row.get(orders.column("quantity")));
            assertThat(new BigDecimal(row.get(orders.column("line_amount")))).isEqualTo(price.multiply(quantity));
        }
    }

    @Test
    void ordersFallInTheWindowAfterTheCustomerSignedUp() throws IOException {
        SampleFiles.Csv customers = SampleFiles.csv("customers.csv");
        Map<String, LocalDate> signup = new HashMap<>();
        for (List<String> row : customers.rows()) {
            signup.put(row.get(0), LocalDate.parse(row.get(customers.column("signup_date"))));
        }

        for (List<String> row : orders.rows()) {
            LocalDate date = LocalDate.parse(row.get(orders.column("order_date")));
            assertThat(date).isBetween(LocalDate.of(2024, 7, 1), LocalDate.of(2026, 6, 30))
                    .isAfterOrEqualTo(signup.get(row.get(orders.column("customer_id"))));
        }
        assertThat(orders.rows()).allMatch(row -> !row.contains(""));
    }
}

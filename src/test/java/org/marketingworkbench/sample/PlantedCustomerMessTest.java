package org.marketingworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mess planted in customers.csv, counted straight from the file and checked against the truth. */
class PlantedCustomerMessTest {

    private static SampleFiles.Csv customers;
    private static JsonNode truth;

    @BeforeAll
    static void read() throws IOException {
        customers = SampleFiles.csv("customers.csv");
        truth = SampleFiles.truth().path("mess").path("customers.csv");
    }

    @Test
    void duplicateRowsAreExactCopiesOfTheListedCustomers() {
        Set<List<String>> seen = new HashSet<>();
        List<String> copied = new ArrayList<>();
        for (List<String> row : customers.rows()) {
            if (!seen.add(row)) {
                copied.add(row.get(0));
            }
        }

        assertThat(customers.rows()).hasSize(truth.path("rows_written").asInt());
        assertThat(copied).hasSize(truth.path("exact_duplicate_rows").asInt()).hasSize(24)
                .containsExactlyInAnyOrderElementsOf(SampleFiles.texts(truth.path("duplicated_customer_ids")));
        // Removing duplicates by key removes the same rows: no customer id repeats with other values.
        assertThat(customers.withoutDuplicates().values("customer_id")).doesNotHaveDuplicates()
                .hasSize(truth.path("unique_customers").asInt());
    }

    @Test
    void missingValuesPerColumnMatchTheTruth() {
        Map<String, Integer> blanks = new HashMap<>();
        for (String column : customers.header()) {
            blanks.put(column, (int) customers.values(column).stream().filter(String::isEmpty).count());
        }
        long rowsWithBlank = customers.rows().stream().filter(row -> row.contains("")).count();

        truth.path("missing").fields().forEachRemaining(entry ->
                assertThat(blanks.get(entry.getKey())).as(entry.getKey()).isEqualTo(entry.getValue().asInt()));
        assertThat(blanks).containsEntry("income", 46).containsEntry("email", 71).containsEntry("gender", 17);
        assertThat(rowsWithBlank).isEqualTo(truth.path("rows_with_any_missing").asLong()).isEqualTo(225);
    }

    @Test
    void genderSpellingsAreCountedExactly() {
        Map<String, Long> counted = new HashMap<>();
        customers.values("gender").forEach(value -> counted.merge(value, 1L, Long::sum));

        Map<String, Long> expected = new HashMap<>();
        truth.path("gender_spellings").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asLong()));
        assertThat(counted).isEqualTo(expected);
        assertThat(counted).containsEntry("M", 23L).containsEntry("F", 19L).containsEntry("male", 11L)
                .containsEntry("女性", 14L);
    }

    @Test
    void incomeOutliersAreExactlyTheRowsBeyondThreeStandardDeviations() {
        List<String> listed = SampleFiles.texts(truth.path("income_outliers").path("customer_ids"));

        for (SampleFiles.Csv table : List.of(customers, customers.withoutDuplicates())) {
            List<List<String>> written = table.rows().stream()
                    .filter(row -> !row.get(table.column("income")).isEmpty()).toList();
            double[] incomes = written.stream().mapToDouble(row -> Double.parseDouble(row.get(table.column("income"))))
                    .toArray();
            for (int degreesOfFreedom : new int[] {0, 1}) {
                double[] z = SampleFiles.absoluteZ(incomes, degreesOfFreedom);
                List<String> flagged = IntStream.range(0, z.length).filter(i -> z[i] > 3)
                        .mapToObj(i -> written.get(i).get(0)).toList();
                double largestKept = IntStream.range(0, z.length).mapToDouble(i -> z[i]).filter(v -> v <= 3).max()
                        .orElseThrow();

                assertThat(flagged).containsExactlyInAnyOrderElementsOf(listed).hasSize(8);
                // A clear gap, so no reasonable variant of the rule flags another row.
                assertThat(largestKept).isLessThan(2.5);
            }
        }
    }

    @Test
    void citiesWithTrailingSpacesAreTheListedOnes() {
        List<String> ids = customers.values("customer_id");
        List<String> cities = customers.values("city");
        List<String> ascii = new ArrayList<>();
        List<String> ideographic = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (cities.get(i).endsWith(" ")) {
                ascii.add(ids.get(i));
            } else if (cities.get(i).endsWith("\u3000")) {
                ideographic.add(ids.get(i));
            }
        }

        assertThat(ascii).containsExactlyElementsOf(SampleFiles.texts(truth.path("city_trailing_space")
                .path("customer_ids"))).hasSize(12);
        assertThat(ideographic).containsExactlyElementsOf(SampleFiles.texts(truth.path(
                "city_trailing_ideographic_space").path("customer_ids"))).hasSize(5);
    }

    @Test
    void everyMessyRowCarriesOneDefectOnly() {
        Set<String> outliers = new HashSet<>(SampleFiles.texts(truth.path("income_outliers").path("customer_ids")));
        int gender = customers.column("gender");
        int city = customers.column("city");
        for (List<String> row : customers.rows()) {
            int defects = (int) row.stream().filter(String::isEmpty).count();
            defects += Set.of("M", "F", "male", "女性").contains(row.get(gender)) ? 1 : 0;
            defects += row.get(city).strip().equals(row.get(city)) ? 0 : 1;
            defects += outliers.contains(row.get(0)) ? 1 : 0;
            assertThat(defects).as(row.get(0)).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void phonesAreMainlandMobileNumbersAndUnique() {
        List<String> phones = customers.withoutDuplicates().values("phone");

        assertThat(phones).allMatch(phone -> phone.matches("1[3-9]\\d{9}")).doesNotHaveDuplicates();
    }
}

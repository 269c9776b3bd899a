package org.marketingworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample data is what the generator makes, and the truth file describes it. */
class SampleDataGeneratorTest {
    static final Path COMMITTED = Path.of("sample-data");
    static final List<String> GENERATED = List.of("customers.csv", "orders.csv", "products.csv", "cart_events.csv",
            "survey.csv", "social_engagement.csv", "campaigns.csv", "planted-truth.json");

    @TempDir
    static Path regenerated;

    @BeforeAll
    static void regenerate() throws IOException {
        SampleDataGenerator.generate(regenerated, SampleDataGenerator.DEFAULT_SEED);
    }

    @Test
    void theSameSeedGivesTheCommittedBytes() throws IOException {
        for (String name : GENERATED) {
            assertThat(sha256(regenerated.resolve(name))).as(name + " drifted from the generator: regenerate it")
                    .isEqualTo(sha256(COMMITTED.resolve(name)));
        }
    }

    @Test
    void theFolderStaysSmall() throws IOException {
        long bytes;
        try (Stream<Path> files = Files.list(COMMITTED)) {
            bytes = files.mapToLong(file -> file.toFile().length()).sum();
        }
        assertThat(bytes).isLessThan(10_500_000);
    }

    @Test
    void theSurveyIsGb18030AndNotUtf8() throws IOException {
        byte[] bytes = Files.readAllBytes(COMMITTED.resolve("survey.csv"));
        assertThat(decodes(bytes, StandardCharsets.UTF_8)).isFalse();
        assertThat(decodes(bytes, Charset.forName("GB18030"))).isTrue();
        assertThat(new String(bytes, Charset.forName("GB18030"))).startsWith("客户编号,满意度");
    }

    @Test
    void socialEngagementStartsWithAByteOrderMark() throws IOException {
        assertThat(Files.readAllBytes(COMMITTED.resolve("social_engagement.csv"))).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void customerCountsMatchTheTruth() throws IOException {
        JsonNode truth = truth().get("customers_file");
        List<String[]> rows = rows("customers.csv");
        assertThat(rows).hasSize(truth.get("rows").asInt());
        assertThat(rows.stream().map(row -> String.join(",", row)).distinct().count())
                .isEqualTo(truth.get("unique_rows").asLong());
        assertThat(rows.size() - truth.get("unique_rows").asInt()).isEqualTo(truth.get("duplicate_rows").asInt());
        // missing values counted per column over the unique rows (duplicates are copies of clean rows)
        List<String[]> unique = rows.stream().map(row -> String.join("\u0001", row)).distinct()
                .map(row -> row.split("\u0001", -1)).toList();
        assertThat(unique.stream().filter(row -> row[8].isEmpty()).count())
                .isEqualTo(truth.get("missing").get("monthly_income").asLong());
        assertThat(unique.stream().filter(row -> row[4].isEmpty()).count())
                .isEqualTo(truth.get("missing").get("birthday").asLong());
        assertThat(unique.stream().filter(row -> row[6].isEmpty()).count())
                .isEqualTo(truth.get("missing").get("city").asLong());
        assertThat(unique.stream().filter(row -> row[6].endsWith(" ")).count())
                .isEqualTo(truth.get("city_trailing_spaces").asLong());
        truth.get("gender_spellings").fields().forEachRemaining(entry -> assertThat(
                unique.stream().filter(row -> row[5].equals(entry.getKey())).count()).as(entry.getKey())
                .isEqualTo(entry.getValue().asLong()));
    }

    @Test
    void incomeOutliersAreExactlyThoseAboveThreeStandardDeviations() throws IOException {
        JsonNode truth = truth().get("customers_file").get("income_outliers");
        List<String[]> unique = rows("customers.csv").stream().map(row -> String.join("\u0001", row)).distinct()
                .map(row -> row.split("\u0001", -1)).toList();
        double[] incomes = unique.stream().filter(row -> !row[8].isEmpty()).mapToDouble(row -> Double.parseDouble(row[8]))
                .toArray();
        double mean = java.util.Arrays.stream(incomes).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(incomes).map(x -> (x - mean) * (x - mean)).sum() / (incomes.length - 1));
        List<String> flagged = unique.stream().filter(row -> !row[8].isEmpty())
                .filter(row -> Math.abs(Double.parseDouble(row[8]) - mean) / sd > 3).map(row -> row[0]).sorted().toList();
        List<String> planted = new java.util.ArrayList<>();
        truth.get("customer_ids").forEach(id -> planted.add(id.asText()));
        assertThat(flagged).containsExactlyElementsOf(planted.stream().sorted().toList());
    }

    @Test
    void orderCountsMatchTheTruth() throws IOException {
        JsonNode truth = truth().get("orders_file");
        List<String[]> rows = rows("orders.csv");
        assertThat(rows).hasSize(truth.get("rows").asInt());
        assertThat(rows.stream().map(row -> String.join(",", row)).distinct().count())
                .isEqualTo(truth.get("unique_rows").asLong());
        assertThat(rows.stream().filter(row -> row[7].equals("100")).map(row -> String.join(",", row)).distinct().count())
                .isEqualTo(truth.get("quantity_outliers").get("count").asLong());
        assertThat(rows.stream().filter(row -> row[9].equals("returned")).map(row -> String.join(",", row)).distinct().count())
                .isEqualTo(truth.get("returned_lines").asLong());
    }

    @Test
    void plantedProductPairsAreBoughtTogetherFarAboveChance() throws IOException {
        java.util.Map<String, java.util.Set<String>> orders = new java.util.HashMap<>();
        for (String[] row : rows("orders.csv")) {
            String name = row[4];
            String type = name.substring(2);
            orders.computeIfAbsent(row[0], k -> new java.util.HashSet<>()).add(type);
        }
        for (JsonNode pair : truth().get("associations")) {
            String a = pair.get("antecedent_type").asText();
            String b = pair.get("consequent_type").asText();
            double n = orders.size();
            double withA = orders.values().stream().filter(types -> types.contains(a)).count();
            double withB = orders.values().stream().filter(types -> types.contains(b)).count();
            double both = orders.values().stream().filter(types -> types.contains(a) && types.contains(b)).count();
            double lift = (both / n) / ((withA / n) * (withB / n));
            assertThat(lift).as(a + " -> " + b).isGreaterThan(5);
            assertThat(both / withA).as("confidence of " + a + " -> " + b).isGreaterThan(0.5);
        }
    }

    @Test
    void theOutcomeRateIsRealisticAndMatchesTheTruth() throws IOException {
        List<String[]> unique = rows("customers.csv").stream().map(row -> String.join("\u0001", row)).distinct()
                .map(row -> row.split("\u0001", -1)).toList();
        double rate = unique.stream().filter(row -> row[12].equals("yes")).count() / (double) unique.size();
        assertThat(rate).isBetween(0.10, 0.30).isEqualTo(truth().get("purchase_outcome").get("rate").asDouble());
    }

    @Test
    void eachGroupsBestChannelLeadsOnBothRates() throws IOException {
        JsonNode best = truth().get("best_channel_by_group");
        java.util.Map<String, double[]> totals = new java.util.HashMap<>();
        for (String[] row : rows("campaigns.csv")) {
            double[] sums = totals.computeIfAbsent(row[2] + "|" + row[1], k -> new double[3]);
            sums[0] += Double.parseDouble(row[3]);
            sums[1] += Double.parseDouble(row[4]);
            sums[2] += Double.parseDouble(row[5]);
        }
        best.fields().forEachRemaining(entry -> {
            String group = entry.getKey();
            for (int rate = 1; rate <= 2; rate++) {
                int column = rate;
                String leader = totals.entrySet().stream().filter(e -> e.getKey().startsWith(group + "|"))
                        .max(java.util.Comparator.comparingDouble(e -> e.getValue()[column] / e.getValue()[0]))
                        .orElseThrow().getKey();
                assertThat(leader).isEqualTo(group + "|" + entry.getValue().asText());
            }
        });
    }

    private static JsonNode truth() throws IOException {
        return new ObjectMapper().readTree(COMMITTED.resolve("planted-truth.json").toFile());
    }

    /** The data rows of a generated CSV (no quoted commas occur in these files). */
    private static List<String[]> rows(String name) throws IOException {
        List<String> lines = Files.readAllLines(COMMITTED.resolve(name), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)).toList();
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.marketingworkbench.ui.predict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The sample customers with the derived columns their purchase was planted on (recency_days,
 * engagement, age), computed as planted-truth.json's "definitions" say, so a test can train on
 * the table a marketer would build on the Prepare page.
 */
final class SampleCustomerTable {
    static final Path FOLDER = Path.of("sample-data");

    private SampleCustomerTable() {
    }

    /** The planted drivers' feature names, read from the truth file, strongest (strength 1) first. */
    static List<String> plantedDrivers() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(FOLDER.resolve("planted-truth.json").toFile());
        List<JsonNode> drivers = new ArrayList<>();
        truth.path("purchase_outcome").path("drivers").forEach(drivers::add);
        return drivers.stream().sorted(java.util.Comparator.comparingInt(driver -> driver.path("strength").asInt()))
                .map(driver -> driver.path("feature").asText()).toList();
    }

    /** Writes customers.csv plus recency_days, engagement and age into {@code folder}; the sample has no quoted commas. */
    static Path write(Path folder) throws IOException {
        LocalDate reference = LocalDate.parse(new ObjectMapper().readTree(FOLDER.resolve("planted-truth.json").toFile())
                .path("reference_date").asText());
        Map<String, LocalDate> lastOrder = new HashMap<>();
        for (String[] cells : rows("orders.csv")) {
            lastOrder.merge(cells[1], LocalDate.parse(cells[2]), (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<String, Long> engagement = new HashMap<>();
        for (String[] cells : rows("social_engagement.csv")) {
            long total = Long.parseLong(cells[2]) + Long.parseLong(cells[3]) + Long.parseLong(cells[4]);
            engagement.merge(cells[0], total, Long::sum);
        }
        List<String> lines = Files.readAllLines(FOLDER.resolve("customers.csv"), StandardCharsets.UTF_8);
        int birthday = List.of(lines.get(0).split(",")).indexOf("birthday");
        List<String> out = new ArrayList<>(List.of(lines.get(0) + ",recency_days,engagement,age"));
        for (String line : new LinkedHashSet<>(lines.subList(1, lines.size()))) {
            String[] cells = line.split(",", -1);
            LocalDate last = lastOrder.get(cells[0]);
            String age = cells[birthday].isEmpty() ? ""
                    : String.valueOf(Period.between(LocalDate.parse(cells[birthday]), reference).getYears());
            out.add(line + "," + (last == null ? "" : reference.toEpochDay() - last.toEpochDay()) + ","
                    + engagement.getOrDefault(cells[0], 0L) + "," + age);
        }
        return Files.write(folder.resolve("customer-features.csv"), out, StandardCharsets.UTF_8);
    }

    private static List<String[]> rows(String file) throws IOException {
        List<String> lines = Files.readAllLines(FOLDER.resolve(file), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)).toList();
    }
}

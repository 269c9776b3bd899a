package org.marketingworkbench.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Generates the sample data of a fictional Chinese online retailer, with planted structure
 * that the analyses must find and planted mess that cleaning must remove, both written down in
 * planted-truth.json. The same seed gives the same bytes.
 *
 * <p>Regenerate with {@code sample-data/regenerate.sh} (see sample-data/README.md).
 */
public final class SampleDataGenerator {
    public static final long DEFAULT_SEED = 20_260_630L;
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    public static final int CUSTOMERS = 2_500;

    private SampleDataGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "sample-data");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        generate(folder, seed);
    }

    /** Writes every generated file into {@code folder} (the bank data beside them is left alone). */
    public static void generate(Path folder, long seed) throws IOException {
        Files.createDirectories(folder);
        SplittableRandom random = new SplittableRandom(seed);
        Catalogue catalogue = new Catalogue(random.split());
        List<SampleCustomer> customers = CustomerFactory.create(CUSTOMERS, TODAY, random.split());
        List<OrderFactory.Line> lines = OrderFactory.create(customers, catalogue, TODAY, random.split());
        List<CampaignFactory.Result> campaigns = CampaignFactory.create(TODAY, random.split());

        Map<String, Object> truth = new LinkedHashMap<>();
        truth.put("seed", seed);
        truth.put("reference_date", TODAY.toString());
        truth.put("customers_file", CustomerFile.write(customers, folder.resolve("customers.csv"), seed + 1));
        truth.put("orders_file", OrderFile.write(lines, folder.resolve("orders.csv"), seed + 2));
        ActivityFiles.products(catalogue, folder.resolve("products.csv"));
        ActivityFiles.cartEvents(lines, customers, catalogue, TODAY, folder.resolve("cart_events.csv"), random.split());
        ActivityFiles.survey(customers, TODAY, folder.resolve("survey.csv"), random.split());
        ActivityFiles.socialEngagement(customers, folder.resolve("social_engagement.csv"), random.split());
        ActivityFiles.campaigns(campaigns, folder.resolve("campaigns.csv"));
        truth.putAll(PlantedTruth.structure(customers));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(folder.resolve("planted-truth.json").toFile(), truth);
    }

    /** Each customer's planted group, by id (for tests). */
    static Map<String, String> groups(List<SampleCustomer> customers) {
        Map<String, String> groups = new TreeMap<>();
        customers.forEach(customer -> groups.put(customer.id(), customer.group().label));
        return groups;
    }
}

package org.marketingworkbench.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.common.AtomicFiles;
import org.marketingworkbench.common.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates the sample data set of a fictional Chinese online retailer (the files of
 * {@code sample-data/} and their planted truth) from a seed. The same seed gives the same bytes on
 * every platform, locale and time zone.
 */
public final class SampleDataGenerator {

    public static final long DEFAULT_SEED = 20_260_630L;
    /** "Today" of the data: the order history ends here and ages and recency are counted to it. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 6, 30);
    public static final String CHECKSUMS_FILE = "SHA256SUMS";
    static final String REGENERATE_COMMAND = "mvn -q compile exec:exec "
            + "-Dexec.args=\"-cp %classpath org.marketingworkbench.sample.SampleDataGenerator sample-data\"";

    private static final Logger LOG = LoggerFactory.getLogger(SampleDataGenerator.class);

    /** One written file: data rows (header excluded; 0 for the JSON), size in bytes and SHA-256. */
    public record GeneratedFile(String name, int rows, long bytes, String sha256) {
    }

    private SampleDataGenerator() {
    }

    /** Writes every generated file and a {@value #CHECKSUMS_FILE} list into the directory. */
    public static List<GeneratedFile> generate(Path directory, long seed, Progress progress) throws IOException {
        progress.update(0, 1, "sample data");
        SampleData data = SampleData.generate(seed);
        progress.checkCancelled();
        Map<String, CsvText> tables = new LinkedHashMap<>();
        tables.put("customers.csv", data.customerMess().csv(data.customers(), data.purchased()));
        tables.put("orders.csv", data.orderMess().csv(data.orders().lines()));
        tables.put("products.csv", data.catalogue().csv());
        tables.put("cart_events.csv", CartEventGenerator.csv(data.cartEvents()));
        tables.put("survey.csv", SurveyGenerator.csv(data.survey()));
        tables.put("social_engagement.csv", SocialEngagementGenerator.csv(data.social()));
        tables.put("campaigns.csv", CampaignGenerator.csv(data.campaigns()));
        Map<String, byte[]> contents = new LinkedHashMap<>();
        Map<String, Object> descriptions = new LinkedHashMap<>();
        for (Map.Entry<String, CsvText> table : tables.entrySet()) {
            boolean survey = table.getKey().equals("survey.csv");
            contents.put(table.getKey(), table.getValue().bytes(survey ? SurveyGenerator.CHARSET
                    : StandardCharsets.UTF_8));
            descriptions.put(table.getKey(), TruthText.entries("rows", table.getValue().rows(),
                    "encoding", survey ? "GB18030" : "UTF-8", "line_end", survey ? "CRLF" : "LF",
                    "header", table.getValue().header()));
        }
        contents.put(PlantedTruthWriter.FILE, new PlantedTruthWriter(data).json(descriptions));
        List<GeneratedFile> files = new ArrayList<>();
        StringBuilder checksums = new StringBuilder();
        int done = 0;
        for (Map.Entry<String, byte[]> content : contents.entrySet()) {
            progress.checkCancelled();
            byte[] bytes = content.getValue();
            AtomicFiles.write(directory.resolve(content.getKey()), out -> out.write(bytes));
            CsvText table = tables.get(content.getKey());
            String sha256 = sha256(bytes);
            files.add(new GeneratedFile(content.getKey(), table == null ? 0 : table.rows(), bytes.length, sha256));
            checksums.append(sha256).append("  ").append(content.getKey()).append('\n');
            progress.update(++done, contents.size(), content.getKey());
        }
        byte[] checksumBytes = checksums.toString().getBytes(StandardCharsets.US_ASCII);
        AtomicFiles.write(directory.resolve(CHECKSUMS_FILE), out -> out.write(checksumBytes));
        return List.copyOf(files);
    }

    /** Regenerates the sample data: {@code [directory [seed]]}, by default {@code sample-data} and the default seed. */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "sample-data");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        for (GeneratedFile file : generate(directory, seed, Progress.none())) {
            LOG.info("{}: {} rows, {} bytes, sha256 {}", directory.resolve(file.name()), file.rows(), file.bytes(),
                    file.sha256());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package org.marketingworkbench.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.ColumnProfiler;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.data.RoleGuesser;
import org.marketingworkbench.data.TableProfile;

/**
 * Profiling a loaded 1,000,000 x 12 table (the column inspector for every column, plus role
 * guessing) against pandas computing the same figures on the same file: count, missing,
 * nunique, describe() and skew() for numbers with a Freedman-Diaconis histogram, value_counts()
 * for the rest, min/max for dates. Loading is not timed on either side (the load benchmark
 * covers it).
 */
public final class ProfileBench {

    private static final int ROWS = 1_000_000;
    private static final int ROUNDS = 3;

    private ProfileBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = BenchSupport.tempDir().resolve("profile-1m.csv");
        generate(file, ROWS);
        DataSource source = DataLoader.load(file, LoadOptions.detect().withDelimiter(','), Progress.none());
        Runnable ours = () -> {
            TableProfile profile = ColumnProfiler.profile(source.table(), source.types(), Progress.none());
            RoleGuesser.guess(source.table(), profile);
        };
        var python = BenchSupport.python("pandas", "numpy");
        ours.run(); // warm-up
        double[] oursSeconds = new double[ROUNDS];
        double[] peerSeconds = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            oursSeconds[round] = BenchSupport.seconds(ours::run);
            if (python.isPresent()) {
                // The peer loads the file, warms up once, and prints the seconds of one timed profile.
                List<String> lines = BenchSupport.run(List.of(python.get(),
                        BenchSupport.peerScript("profile_pandas.py").toString(), file.toString()), 10);
                peerSeconds[round] = Double.parseDouble(lines.get(lines.size() - 1).trim());
            }
        }
        double median = BenchSupport.median(oursSeconds);
        if (python.isPresent()) {
            double peer = BenchSupport.median(peerSeconds);
            BenchSupport.report("profile-1m", "ours_s", median, "peer", "pandas-describe", "peer_s", peer,
                    "ratio", median / peer, "rows", ROWS, "columns", source.table().columnCount());
        } else {
            BenchSupport.report("profile-1m", "ours_s", median, "peer", "none:python3_with_pandas_not_found",
                    "rows", ROWS, "columns", source.table().columnCount());
        }
    }

    /** Twelve columns: ids, ints, decimals with gaps, categories (some Chinese), a date, yes/no, near-unique codes. */
    private static void generate(Path file, int rows) throws Exception {
        Random random = new Random(42);
        String[] segments = {"bronze", "silver", "gold", "platinum"};
        String[] cities = {"北京", "上海", "广州", "深圳", "成都", "杭州", "武汉", "西安"};
        String[] channels = {"email", "sms", "app", "web", "store"};
        List<String> products = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            products.add("P" + (1000 + i));
        }
        LocalDate start = LocalDate.of(2015, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("customer_id,age,spend,visits,score,segment,city,channel,product,joined,purchased,coupon_code\n");
            for (int row = 0; row < rows; row++) {
                String score = random.nextDouble() < 0.05 ? "" : String.format(Locale.ROOT, "%.3f",
                        random.nextGaussian() * 12.5);
                out.write((1_000_000 + row) + "," + (18 + random.nextInt(70)) + ","
                        + String.format(Locale.ROOT, "%.2f", Math.exp(4 + random.nextGaussian() * 0.9)) + ","
                        + random.nextInt(12) + "," + score + "," + segments[random.nextInt(segments.length)] + ","
                        + cities[random.nextInt(cities.length)] + "," + channels[random.nextInt(channels.length)] + ","
                        + products.get(random.nextInt(products.size())) + "," + start.plusDays(random.nextInt(3650))
                        + "," + (random.nextDouble() < 0.2 ? "yes" : "no") + ",C" + random.nextInt(5_000_000) + "\n");
            }
        }
    }
}

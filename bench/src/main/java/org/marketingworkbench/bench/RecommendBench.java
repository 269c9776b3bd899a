package org.marketingworkbench.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.recommend.Evaluator;
import org.marketingworkbench.recommend.Holdout;
import org.marketingworkbench.recommend.InteractionColumns;
import org.marketingworkbench.recommend.InteractionReader;
import org.marketingworkbench.recommend.Interactions;
import org.marketingworkbench.recommend.ItemBasedModel;
import org.marketingworkbench.recommend.RecommendCsv;
import org.marketingworkbench.recommend.RecommendParameters;
import org.marketingworkbench.recommend.Recommendations;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Item-based recommendations on a generated 100,000 customers x 10,000 items x 1,000,000
 * interactions case (DESIGN.md section 8): read, similarities, scoring every customer (top 10),
 * evaluation and the CSV export, beside a SciPy sparse-matrix peer for similarities and scoring.
 */
public final class RecommendBench {
    private static final int USERS = 100_000;
    private static final int ITEMS = 10_000;
    private static final int ROWS = 1_000_000;
    private static final int GROUPS = 100;
    private static final long SEED = 7;
    private static final int RUNS = 3;

    private RecommendBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = BenchSupport.tempDir();
        Table table = generate(dir.resolve("recommend-peer.csv"));
        InteractionColumns columns = InteractionColumns.of("customer", "item").withDate("date");
        RecommendParameters parameters = RecommendParameters.defaults();
        Optional<String> python = BenchSupport.python("numpy", "scipy", "pandas");

        double[] read = new double[RUNS];
        double[] fit = new double[RUNS];
        double[] score = new double[RUNS];
        double[] evaluate = new double[RUNS];
        double[] export = new double[RUNS];
        double[] peerSimilarity = new double[RUNS];
        double[] peerScore = new double[RUNS];
        Interactions[] data = new Interactions[1];
        ItemBasedModel[] model = new ItemBasedModel[1];
        Recommendations[] lists = new Recommendations[1];
        for (int run = -1; run < RUNS; run++) {
            int slot = Math.max(run, 0);
            read[slot] = BenchSupport.seconds(() -> data[0] = InteractionReader.read(table, columns, Progress.none()));
            fit[slot] = BenchSupport.seconds(() -> model[0] = ItemBasedModel.fit(data[0], parameters, Progress.none()));
            score[slot] = BenchSupport.seconds(() -> lists[0] = model[0].recommendAll(Progress.none()));
            evaluate[slot] = BenchSupport.seconds(() -> Evaluator.evaluate(data[0], parameters, Holdout.last(SEED),
                    Progress.none()));
            export[slot] = BenchSupport.seconds(() -> RecommendCsv.writeRecommendations(
                    dir.resolve("recommendations.csv"), model[0], lists[0], Progress.none()));
            if (python.isPresent()) {
                double[] peer = peer(python.get(), dir, parameters);
                peerSimilarity[slot] = peer[0];
                peerScore[slot] = peer[1];
            }
        }
        Interactions interactions = data[0];
        String size = "users=" + interactions.userCount() + " items=" + interactions.itemCount();
        BenchSupport.report("recommend-read-1m", "ours_s", BenchSupport.median(read), "peer",
                "none:reading_is_the_load_benchmark's", "pairs", interactions.size());
        if (python.isPresent()) {
            double agreement = agreement(lists[0], dir.resolve("recommend-peer-lists.csv"));
            report("recommend-similarity-1m", fit, peerSimilarity, "neighbours", parameters.neighbours());
            report("recommend-score-1m", score, peerScore, "top", parameters.top());
            BenchSupport.report("recommend-peer-agreement", "top10_overlap", agreement, "customers", 1000);
        } else {
            BenchSupport.report("recommend-similarity-1m", "ours_s", BenchSupport.median(fit), "peer",
                    "none:python3-scipy_not_installed");
            BenchSupport.report("recommend-score-1m", "ours_s", BenchSupport.median(score), "peer",
                    "none:python3-scipy_not_installed");
        }
        BenchSupport.report("recommend-evaluate-1m", "ours_s", BenchSupport.median(evaluate), "peer",
                "none:no_packaged_peer", "holdout", "last");
        BenchSupport.report("recommend-export-1m", "ours_s", BenchSupport.median(export), "peer",
                "none:no_packaged_peer", "rows", lists[0].total());
        System.out.println("# " + size + " heap_mb=" + Math.round(BenchSupport.usedHeapMb()));
    }

    private static void report(String name, double[] ours, double[] peer, String key, Object value) {
        double oursMedian = BenchSupport.median(ours);
        double peerMedian = BenchSupport.median(peer);
        BenchSupport.report(name, "ours_s", oursMedian, "peer", "scipy-sparse", "peer_s", peerMedian, "ratio",
                oursMedian / peerMedian, key, value);
    }

    /** Skewed popularity (Zipf over items), customers who lean to one of 100 item groups, dates over a year. */
    private static Table generate(Path peerCsv) throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] global = zipf(ITEMS);
        double[] inGroup = zipf(ITEMS / GROUPS);
        int[] degree = new int[USERS];
        int total = 0;
        for (int u = 0; u < USERS; u++) {
            degree[u] = Math.min(1_000, 1 + (int) (-Math.log(1 - random.nextDouble()) * 9));
            total += degree[u];
        }
        while (total != ROWS) {
            int u = random.nextInt(USERS);
            int step = total < ROWS ? 1 : -1;
            if (degree[u] + step >= 1) {
                degree[u] += step;
                total += step;
            }
        }
        StringColumn customers = StringColumn.create("customer");
        StringColumn items = StringColumn.create("item");
        DateColumn dates = DateColumn.create("date");
        LocalDate first = LocalDate.of(2024, 1, 1);
        try (BufferedWriter peer = Files.newBufferedWriter(peerCsv, StandardCharsets.UTF_8)) {
            peer.write("user,item\n");
            for (int u = 0; u < USERS; u++) {
                int group = random.nextInt(GROUPS);
                Set<Integer> bought = new HashSet<>();
                for (int d = 0; d < degree[u]; d++) {
                    int item;
                    do {
                        // A repeat is drawn again, so the case has exactly ROWS distinct (customer, item) pairs.
                        item = random.nextDouble() < 0.6 ? group + GROUPS * draw(inGroup, random)
                                : draw(global, random);
                    } while (!bought.add(item));
                    customers.append("C" + u);
                    items.append("I" + item);
                    dates.append(first.plusDays(random.nextInt(365)));
                    peer.write(u + "," + item + "\n");
                }
            }
        }
        return Table.create("generated", customers, items, dates);
    }

    /** Cumulative Zipf weights 1 / rank. */
    private static double[] zipf(int size) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int rank = 0; rank < size; rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < size; rank++) {
            cumulative[rank] /= sum;
        }
        return cumulative;
    }

    private static int draw(double[] cumulative, SplittableRandom random) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, index >= 0 ? index : -index - 1);
    }

    private static double[] peer(String python, Path dir, RecommendParameters parameters) throws Exception {
        List<String> command = List.of(python, BenchSupport.peerScript("recommend_scipy.py").toString(),
                dir.resolve("recommend-peer.csv").toString(), Integer.toString(parameters.neighbours()),
                Integer.toString(parameters.top()), dir.resolve("recommend-peer-lists.csv").toString());
        double[] seconds = new double[2];
        for (String line : BenchSupport.run(command, 30)) {
            for (String field : line.trim().split(" ")) {
                if (field.startsWith("similarity_s=")) {
                    seconds[0] = Double.parseDouble(field.substring(13));
                } else if (field.startsWith("score_s=")) {
                    seconds[1] = Double.parseDouble(field.substring(8));
                }
            }
        }
        return seconds;
    }

    /** The share of the peer's top-10 items that ours also lists, over the first 1,000 customers. */
    private static double agreement(Recommendations ours, Path peerLists) throws Exception {
        List<String> lines = Files.readAllLines(peerLists);
        int shared = 0;
        int listed = 0;
        for (int u = 0; u < lines.size(); u++) {
            int user = ours.users().indexOf("C" + u);
            Set<String> mine = new HashSet<>();
            for (int item : ours.itemsOf(user)) {
                mine.add(ours.items().name(item));
            }
            List<String> theirs = new ArrayList<>();
            for (String item : lines.get(u).split(",")) {
                if (!item.isEmpty()) {
                    theirs.add("I" + item);
                }
            }
            listed += theirs.size();
            shared += (int) theirs.stream().filter(mine::contains).count();
        }
        return listed == 0 ? 0 : (double) shared / listed;
    }
}

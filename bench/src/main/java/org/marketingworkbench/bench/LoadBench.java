package org.marketingworkbench.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.data.LoadOptions;
import org.slf4j.LoggerFactory;

/**
 * Loading a 1,000,000 x 12 customer CSV (~100 MB: whole numbers, decimals, categories with
 * Chinese text, a date and a date-time) with our loader and with pandas read_csv, each in a
 * fresh process so the first load is the cold one a user waits for; later loads in the same
 * process are warm. Rounds alternate ours and pandas after one warm-up round; figures are
 * medians.
 * <ul>
 * <li>"cold": the first load after the runtime is up (after import pandas; after logging starts
 * for us, as the app starts it), with Tablesaw's first-use class-path scan included;</li>
 * <li>"cold-prepared": the same after that scan ran at start-up ({@link DataLoader#prepare()});</li>
 * <li>"first-use" adds the import or logging start; "process" is the whole process's wall time;</li>
 * <li>memory: the process's peak resident set (VmHWM) after the first load, and that peak less
 * the resident set before it (what the load itself took, without runtime and libraries).</li>
 * </ul>
 */
public final class LoadBench {

    private static final int ROWS = 1_000_000;
    private static final int RUNS_PER_PROCESS = 4;
    private static final int ROUNDS = 3;

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("--child")) {
            child(Path.of(args[1]), Integer.parseInt(args[2]), args.length > 3 && args[3].equals("prepared"));
            return;
        }
        Path file = BenchSupport.tempDir().resolve("customers-1m.csv");
        if (!Files.exists(file)) {
            generate(file, ROWS, 20240131L);
        }
        double fileMb = Files.size(file) / 1e6;
        String python = BenchSupport.python("pandas").orElse(null);
        measure(file, python);
        Figures ours = new Figures();
        Figures prepared = new Figures();
        Figures peer = new Figures();
        for (int round = 0; round < ROUNDS; round++) {
            ours.add(measure(ourCommand(file, false)));
            prepared.add(measure(ourCommand(file, true)));
            if (python != null) {
                peer.add(measure(peerCommand(python, file)));
            }
        }
        String peerName = python == null ? "none:python3_with_pandas_not_found" : "pandas-read_csv";
        report("load-1m-cold", ours.cold(), peerName, python == null ? Double.NaN : peer.cold(), fileMb);
        report("load-1m-cold-prepared", prepared.cold(), peerName, python == null ? Double.NaN : peer.cold(), fileMb);
        report("load-1m-first-use", ours.firstUse(), peerName, python == null ? Double.NaN : peer.firstUse(), fileMb);
        report("load-1m-warm", ours.warm(), peerName, python == null ? Double.NaN : peer.warm(), fileMb);
        report("load-1m-process", ours.process(), peerName, python == null ? Double.NaN : peer.process(), fileMb);
        BenchSupport.report("load-1m-memory", "ours_mb", ours.memory(), "peer", peerName, "peer_mb",
                python == null ? Double.NaN : peer.memory(), "ours_x_file", ours.memory() / fileMb, "file_mb", fileMb);
        BenchSupport.report("load-1m-memory-of-load", "ours_mb", ours.loadMemory(), "peer", peerName, "peer_mb",
                python == null ? Double.NaN : peer.loadMemory(), "ours_x_file", ours.loadMemory() / fileMb,
                "file_mb", fileMb);
    }

    private static void report(String name, double ours, String peerName, double peer, double fileMb) {
        BenchSupport.report(name, "ours_s", ours, "peer", peerName, "peer_s", peer, "ratio", ours / peer,
                "rows", ROWS, "cols", 12, "file_mb", fileMb);
    }

    private static List<String> ourCommand(Path file, boolean prepared) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-cp", System.getProperty("java.class.path"), LoadBench.class.getName(), "--child",
                file.toString(), Integer.toString(RUNS_PER_PROCESS), prepared ? "prepared" : "fresh");
    }

    private static List<String> peerCommand(String python, Path file) {
        return List.of(python, BenchSupport.peerScript("pandas_read_csv.py").toString(), file.toString(),
                Integer.toString(RUNS_PER_PROCESS));
    }

    /** One fresh process: its cold run, warm runs, whole wall time and peak memory. */
    private record Measured(double imports, double cold, List<Double> warm, double process, double memory,
            double base) {
    }

    private static Measured measure(List<String> command) throws Exception {
        long start = System.nanoTime();
        List<String> lines = BenchSupport.run(command, 30);
        double process = (System.nanoTime() - start) / 1e9;
        double imports = Double.NaN;
        double cold = Double.NaN;
        double memory = Double.NaN;
        double base = Double.NaN;
        List<Double> warm = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.trim().split(" ");
            if (parts[0].equals("RUN")) {
                double seconds = Double.parseDouble(parts[2]);
                if (parts[1].equals("1")) {
                    cold = seconds;
                } else {
                    warm.add(seconds);
                }
            } else if (parts[0].equals("IMPORT")) {
                imports = Double.parseDouble(parts[1]);
            } else if (parts[0].equals("BASE_RSS_MB")) {
                base = Double.parseDouble(parts[1]);
            } else if (parts[0].equals("PEAK_RSS_MB")) {
                memory = Double.parseDouble(parts[1]);
            } else if (parts[0].equals("SHAPE") && !(parts[1].equals(Integer.toString(ROWS))
                    && parts[2].equals("12"))) {
                throw new IllegalStateException("wrong shape: " + line + " from " + command);
            }
        }
        return new Measured(imports, cold, warm, process, memory, base);
    }

    private static void measure(Path file, String python) throws Exception {
        measure(ourCommand(file, false));
        if (python != null) {
            measure(peerCommand(python, file));
        }
    }

    /** Collected over the rounds. */
    private static final class Figures {
        private final List<Double> cold = new ArrayList<>();
        private final List<Double> firstUse = new ArrayList<>();
        private final List<Double> warm = new ArrayList<>();
        private final List<Double> process = new ArrayList<>();
        private final List<Double> memory = new ArrayList<>();
        private final List<Double> loadMemory = new ArrayList<>();

        void add(Measured measured) {
            cold.add(measured.cold());
            firstUse.add(measured.imports() + measured.cold());
            warm.addAll(measured.warm());
            process.add(measured.process());
            memory.add(measured.memory());
            loadMemory.add(measured.memory() - measured.base());
        }

        double cold() {
            return median(cold);
        }

        double firstUse() {
            return median(firstUse);
        }

        double warm() {
            return median(warm);
        }

        double process() {
            return median(process);
        }

        double memory() {
            return median(memory);
        }

        double loadMemory() {
            return median(loadMemory);
        }

        private static double median(List<Double> values) {
            return BenchSupport.median(values.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /**
     * In a fresh JVM: starts logging as the app does at start-up (the "import", timed apart as
     * pandas' import is), then loads the file {@code runs} times, printing seconds, shape and peak
     * memory. The first load includes Tablesaw's first-use set-up (a class-path scan) unless
     * {@code prepared}: then it runs in the import, as after {@link DataLoader#prepare()} at start-up.
     */
    private static void child(Path file, int runs, boolean prepared) throws ClassNotFoundException {
        long imports = System.nanoTime();
        LoggerFactory.getLogger(LoadBench.class).debug("load benchmark child started");
        if (prepared) {
            // what DataLoader.prepare() does in the background, waited for here to time it apart
            Class.forName("tech.tablesaw.api.Table");
        }
        System.out.printf(Locale.ROOT, "IMPORT %.4f%n", (System.nanoTime() - imports) / 1e9);
        System.out.printf(Locale.ROOT, "BASE_RSS_MB %.1f%n", residentMb("VmRSS:"));
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            DataSource source = DataLoader.load(file, LoadOptions.detect(), Progress.none());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "RUN %d %.4f%n", run, seconds);
            if (run == 1) {
                System.out.printf(Locale.ROOT, "SHAPE %d %d%n", source.table().rowCount(),
                        source.table().columnCount());
                System.out.printf(Locale.ROOT, "PEAK_RSS_MB %.1f%n", residentMb("VmHWM:"));
                System.out.printf(Locale.ROOT, "HEAP_MB %.1f%n", BenchSupport.usedHeapMb());
            }
        }
        System.out.flush();
    }

    /** A figure of /proc/self/status (VmHWM: peak resident set, VmRSS: now), Linux; the heap in use elsewhere. */
    private static double residentMb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    }

    /** A customer table: ids, counts, amounts, categories (some Chinese), a sign-up date and a last-order time. */
    static void generate(Path file, int rows, long seed) throws IOException {
        String[] cities = {"北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安",
            "重庆", "天津", "苏州", "长沙", "郑州", "青岛", "沈阳", "宁波", "厦门", "昆明", "大连"};
        String[] channels = {"web", "app", "store", "phone", "wechat", "partner"};
        String[] segments = {"高价值", "潜力客户", "新客户", "流失风险", "普通"};
        Random random = new Random(seed);
        LocalDate first = LocalDate.of(2015, 1, 1);
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write("customer_id,age,visits,orders,spend,discount,score,city,channel,segment,signup_date,"
                    + "last_order\n");
            StringBuilder line = new StringBuilder(128);
            for (int i = 0; i < rows; i++) {
                line.setLength(0);
                line.append(100_000 + i).append(',')
                        .append(18 + random.nextInt(63)).append(',')
                        .append(random.nextInt(200)).append(',')
                        .append(random.nextInt(50)).append(',')
                        .append(String.format(Locale.ROOT, "%.2f", random.nextDouble() * 5000)).append(',')
                        .append(String.format(Locale.ROOT, "%.2f", random.nextInt(51) / 100.0)).append(',')
                        .append(String.format(Locale.ROOT, "%.6f", random.nextGaussian())).append(',')
                        .append(cities[random.nextInt(cities.length)]).append(',')
                        .append(channels[random.nextInt(channels.length)]).append(',')
                        .append(segments[random.nextInt(segments.length)]).append(',')
                        .append(first.plusDays(random.nextInt(3650))).append(',')
                        .append(first.plusDays(random.nextInt(3650))).append(' ')
                        .append(String.format(Locale.ROOT, "%02d:%02d:%02d", random.nextInt(24), random.nextInt(60),
                                random.nextInt(60)));
                line.append('\n');
                out.append(line);
            }
        }
        Files.move(partial, file);
    }
}

package org.marketingworkbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Shared helpers for benchmarks: timing, medians, peer processes, and the BENCH line format. */
public final class BenchSupport {

    private BenchSupport() {
    }

    /** Work whose seconds we measure. */
    @FunctionalInterface
    public interface Timed {
        void run() throws Exception;
    }

    /** The temporary folder for generated inputs (set by bench/run.sh). */
    public static Path tempDir() throws IOException {
        String configured = System.getenv("BENCH_TMP");
        Path dir = configured == null ? Files.createTempDirectory("mwb-bench") : Path.of(configured);
        Files.createDirectories(dir);
        return dir;
    }

    public static double seconds(Timed work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The system Python with the peers' packages, if any (bench/run.sh sets BENCH_PYTHON). */
    public static Optional<String> python(String... modules) {
        String python = System.getenv("BENCH_PYTHON");
        if (python == null || python.isBlank()) {
            return Optional.empty();
        }
        try {
            String imports = "import " + String.join(", ", modules);
            Process process = new ProcessBuilder(python, "-c", imports).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0 ? Optional.of(python) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** A peer script from bench/peers. */
    public static Path peerScript(String name) {
        String peers = System.getenv("BENCH_PEERS");
        return Path.of(peers == null ? "bench/peers" : peers, name);
    }

    /** Runs a command and returns its standard output lines; fails when it exits non-zero. */
    public static List<String> run(List<String> command, long timeoutMinutes) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IOException("exit " + process.exitValue() + ": " + command);
        }
        return new ArrayList<>(List.of(new String(output, StandardCharsets.UTF_8).split("\\R")));
    }

    /** Prints one BENCH line: name, then key=value pairs in order. */
    public static void report(String name, Object... keyValues) {
        StringBuilder line = new StringBuilder("BENCH ").append(name);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            line.append(' ').append(keyValues[i]).append('=').append(format(keyValues[i + 1]));
        }
        System.out.println(line);
        System.out.flush();
    }

    private static String format(Object value) {
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, Math.abs(d) >= 100 ? "%.1f" : "%.4f", d);
        }
        return String.valueOf(value).replace(' ', '_');
    }

    /** Peak heap in use after a full collection, in megabytes (a floor for what the data needs). */
    public static double usedHeapMb() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
    }
}

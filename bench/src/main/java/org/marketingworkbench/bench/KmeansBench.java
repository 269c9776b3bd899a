package org.marketingworkbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.segment.Clustering;
import org.marketingworkbench.segment.KMeansOptions;
import org.marketingworkbench.segment.LloydKMeans;
import org.marketingworkbench.segment.Points;

/**
 * K-means on 1,000,000 x 8 points (six Gaussian blobs, seeded), k = 6, against scikit-learn's
 * KMeans(algorithm="lloyd") on the same data in the same run, alternating, medians.
 * <ul>
 * <li>kmeans-1m-iteration: seconds per Lloyd iteration, as the slope between runs capped at 5 and
 * 25 iterations from the same start (the first 6 points, tolerance 0), so start-up costs cancel;</li>
 * <li>kmeans-1m: a whole fit, k-means++ with 3 restarts, cap 300, tolerance 1e-4, and the final
 * inertia of each (ours must be no worse than scikit-learn's best of the same restarts).</li>
 * </ul>
 */
public final class KmeansBench {

    private static final int ROWS = 1_000_000;
    private static final int DIMS = 8;
    private static final int K = 6;
    private static final int RESTARTS = 3;
    private static final int CAP = 300;
    private static final int LOW = 5;
    private static final int HIGH = 25;
    private static final int REPEATS = Integer.getInteger("bench.repeats", 5);

    private KmeansBench() {
    }

    public static void main(String[] args) throws Exception {
        double[] rowMajor = generate(20240605L);
        Points points = columnMajor(rowMajor);
        Path data = BenchSupport.tempDir().resolve("kmeans-1m-8.f64");
        write(rowMajor, data);
        double[][] start = new double[K][];
        for (int c = 0; c < K; c++) {
            start[c] = points.row(c);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        KMeansOptions options = KMeansOptions.of(K, 0).withThreads(threads);
        Optional<String> python = BenchSupport.python("sklearn", "numpy");
        try (Peer peer = python.isPresent() ? new Peer(python.get(), data) : null) {
            // warm-up: compile our loops, and let scikit-learn start its thread pool
            LloydKMeans.fitFrom(points, start, options.withIterations(HIGH, 0), Progress.none());
            LloydKMeans.fit(points, options.withRestarts(1), Progress.none());
            if (peer != null) {
                peer.ask("iterations " + LOW + " " + HIGH);
            }
            double[] oursSlope = new double[REPEATS];
            double[] peerSlope = new double[REPEATS];
            double[] oursTotal = new double[REPEATS];
            double[] peerTotal = new double[REPEATS];
            Clustering ours = null;
            JsonNode theirs = null;
            for (int repeat = 0; repeat < REPEATS; repeat++) {
                double low = BenchSupport.seconds(() -> check(LloydKMeans.fitFrom(points, start,
                        options.withIterations(LOW, 0), Progress.none()), LOW));
                double high = BenchSupport.seconds(() -> check(LloydKMeans.fitFrom(points, start,
                        options.withIterations(HIGH, 0), Progress.none()), HIGH));
                oursSlope[repeat] = (high - low) / (HIGH - LOW);
                if (peer != null) {
                    JsonNode answer = peer.ask("iterations " + LOW + " " + HIGH);
                    if (answer.get("lo_iter").asInt() != LOW || answer.get("hi_iter").asInt() != HIGH) {
                        throw new IllegalStateException("scikit-learn converged before the cap: " + answer);
                    }
                    peerSlope[repeat] = (answer.get("hi_s").asDouble() - answer.get("lo_s").asDouble()) / (HIGH - LOW);
                }
                Clustering[] fitted = new Clustering[1];
                oursTotal[repeat] = BenchSupport.seconds(() -> fitted[0] = LloydKMeans.fit(points,
                        options.withRestarts(RESTARTS).withIterations(CAP, KMeansOptions.DEFAULT_TOLERANCE),
                        Progress.none()));
                ours = fitted[0];
                if (peer != null) {
                    theirs = peer.ask("full " + RESTARTS + " " + CAP + " 0");
                    peerTotal[repeat] = theirs.get("seconds").asDouble();
                }
            }
            report(peer, oursSlope, peerSlope, oursTotal, peerTotal, ours, theirs, threads);
        }
    }

    private static void report(Peer peer, double[] oursSlope, double[] peerSlope, double[] oursTotal,
            double[] peerTotal, Clustering ours, JsonNode theirs, int threads) {
        double slope = BenchSupport.median(oursSlope);
        double total = BenchSupport.median(oursTotal);
        double perIteration = total / ours.totalIterations();
        if (peer == null) {
            BenchSupport.report("kmeans-1m-iteration", "ours_s", slope, "peer", "none:python3-sklearn_not_installed",
                    "threads", threads);
            BenchSupport.report("kmeans-1m", "ours_s", total, "ours_s_per_iter", perIteration, "iters",
                    ours.totalIterations(), "peer", "none:python3-sklearn_not_installed", "ours_inertia", ours.inertia());
            return;
        }
        double peerSlopeMedian = BenchSupport.median(peerSlope);
        double peerTotalMedian = BenchSupport.median(peerTotal);
        BenchSupport.report("kmeans-1m-iteration", "ours_s", slope, "peer", "sklearn-lloyd", "peer_s", peerSlopeMedian,
                "ratio", slope / peerSlopeMedian, "iters", (HIGH - LOW), "threads", threads, "repeats", oursSlope.length);
        double peerInertia = theirs.get("inertia").asDouble();
        BenchSupport.report("kmeans-1m", "ours_s", total, "peer", "sklearn-lloyd", "peer_s", peerTotalMedian,
                "ratio", total / peerTotalMedian, "restarts", RESTARTS, "iters", ours.totalIterations(),
                "ours_s_per_iter", perIteration, "peer_best_iters", theirs.get("n_iter").asInt(),
                "ours_inertia", ours.inertia(), "peer_inertia", peerInertia, "inertia_ratio", ours.inertia() / peerInertia);
    }

    private static void check(Clustering clustering, int iterations) {
        if (clustering.iterations() != iterations) {
            throw new IllegalStateException("converged after " + clustering.iterations() + " of " + iterations);
        }
    }

    /** Six blobs: centres drawn around 0 with spread 5 per feature, points with noise 2 around them. */
    static double[] generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centres = new double[K][DIMS];
        for (double[] centre : centres) {
            for (int dim = 0; dim < DIMS; dim++) {
                centre[dim] = 5 * random.nextGaussian();
            }
        }
        double[] values = new double[ROWS * DIMS];
        for (int row = 0; row < ROWS; row++) {
            double[] centre = centres[random.nextInt(K)];
            for (int dim = 0; dim < DIMS; dim++) {
                values[row * DIMS + dim] = centre[dim] + 2 * random.nextGaussian();
            }
        }
        return values;
    }

    private static Points columnMajor(double[] rowMajor) {
        double[] values = new double[rowMajor.length];
        for (int row = 0; row < ROWS; row++) {
            for (int dim = 0; dim < DIMS; dim++) {
                values[dim * ROWS + row] = rowMajor[row * DIMS + dim];
            }
        }
        return new Points(values, ROWS, DIMS);
    }

    private static void write(double[] values, Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asDoubleBuffer().put(values);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    /** The scikit-learn script, started once so the data is loaded once, answering one request per line. */
    private static final class Peer implements AutoCloseable {
        private final Process process;
        private final PrintWriter requests;
        private final BufferedReader answers;
        private final ObjectMapper json = new ObjectMapper();

        Peer(String python, Path data) throws IOException {
            List<String> command = List.of(python, BenchSupport.peerScript("kmeans_sklearn.py").toString(),
                    data.toString(), String.valueOf(ROWS), String.valueOf(DIMS), String.valueOf(K));
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            requests = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            JsonNode ready = json.readTree(answers.readLine());
            System.err.println("scikit-learn " + ready.get("sklearn").asText());
        }

        JsonNode ask(String request) throws IOException {
            requests.println(request);
            String line = answers.readLine();
            if (line == null) {
                throw new IOException("the scikit-learn peer stopped");
            }
            return json.readTree(line);
        }

        @Override
        public void close() throws InterruptedException {
            requests.println("quit");
            process.waitFor();
        }
    }
}

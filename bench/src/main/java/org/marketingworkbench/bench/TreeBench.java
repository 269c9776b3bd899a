package org.marketingworkbench.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.predict.model.FittedModel;
import org.marketingworkbench.predict.model.ModelKind;
import org.marketingworkbench.predict.model.ModelParameters;
import org.marketingworkbench.predict.model.ModelTrainer;
import org.marketingworkbench.predict.model.TrainingData;
import org.marketingworkbench.predict.setup.BinaryTarget;
import org.marketingworkbench.predict.setup.FeatureChoice;
import org.marketingworkbench.predict.setup.FittedPreprocessing;
import org.marketingworkbench.predict.setup.PredictSetup;
import tech.tablesaw.api.Table;

/**
 * Decision tree, 200,000 x 16 (8 numeric, 8 categorical, seeded), depth 10 (root = 0): our
 * training time (data frame building + Smile fit) and test accuracy against scikit-learn's
 * DecisionTreeClassifier(max_depth=10) on one-hot columns, same rows, same split, alternating,
 * median of 3 after a warm-up. Budget (DESIGN.md section 8): no slower, accuracy within 0.5 points.
 */
public final class TreeBench {
    private static final int ROWS = 200_000;
    private static final int ROUNDS = 3;

    private TreeBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = BenchSupport.tempDir().resolve("tree-200k.csv");
        generate(file, ROWS, 20_240_601L);
        Table table = DataLoader.load(file, LoadOptions.detect().withDelimiter(','), Progress.none()).table();
        Table features = table;
        PredictSetup setup = PredictSetup.create(features, "y", "1", FeatureChoice.allExcept(List.of("part")), Map.of());
        int[] train = IntStream.range(0, ROWS).filter(row -> table.stringColumn("part").get(row).equals("train")).toArray();
        int[] test = IntStream.range(0, ROWS).filter(row -> !table.stringColumn("part").get(row).equals("train")).toArray();
        BinaryTarget target = setup.target();
        ModelParameters parameters = ModelParameters.of(ModelKind.TREE, Map.of("maxDepth", "10", "minNodeSize", "1"));
        Optional<String> python = BenchSupport.python("sklearn", "pandas");

        double[] ours = new double[ROUNDS];
        double[] peer = new double[ROUNDS];
        double ourAccuracy = 0;
        double peerAccuracy = 0;
        for (int round = -1; round < ROUNDS; round++) { // round -1 warms up both
            FittedModel[] model = new FittedModel[1];
            double seconds = BenchSupport.seconds(() -> {
                FittedPreprocessing fitted = FittedPreprocessing.fit(features, setup.preprocessing(), train);
                model[0] = ModelTrainer.forKind(ModelKind.TREE).fit(new TrainingData(features, train, target.classes(), fitted),
                        parameters, 1, Progress.none());
            });
            ourAccuracy = accuracy(model[0].probabilities(features, test), target.classes(), test);
            if (round >= 0) {
                ours[round] = seconds;
            }
            if (python.isPresent()) {
                String line = BenchSupport.run(List.of(python.get(), BenchSupport.peerScript("tree_peer.py").toString(),
                        file.toString()), 30).get(0);
                double peerSeconds = Double.parseDouble(line.replaceAll(".*fit_s=([0-9.]+).*", "$1"));
                peerAccuracy = Double.parseDouble(line.replaceAll(".*accuracy=([0-9.]+).*", "$1"));
                if (round >= 0) {
                    peer[round] = peerSeconds;
                }
            }
        }
        double oursMedian = BenchSupport.median(ours);
        if (python.isEmpty()) {
            BenchSupport.report("tree-200k", "ours_s", oursMedian, "peer", "none:python3-sklearn_not_installed",
                    "accuracy", ourAccuracy, "depth", 10);
            return;
        }
        double peerMedian = BenchSupport.median(peer);
        BenchSupport.report("tree-200k", "ours_s", oursMedian, "peer", "sklearn-DecisionTreeClassifier-onehot",
                "peer_s", peerMedian, "ratio", oursMedian / peerMedian, "accuracy", ourAccuracy,
                "peer_accuracy", peerAccuracy, "accuracy_gap_points", 100 * (peerAccuracy - ourAccuracy), "depth", 10);
    }

    private static double accuracy(double[] probabilities, int[] classes, int[] rows) {
        int right = 0;
        for (int i = 0; i < rows.length; i++) {
            right += (probabilities[i] >= 0.5 ? 1 : 0) == classes[rows[i]] ? 1 : 0;
        }
        return (double) right / rows.length;
    }

    /**
     * Customers with 8 numbers and 8 categories (3 to 10 levels). Buying follows an interaction of
     * two numbers, two categories and a threshold, with 5% of labels flipped; 20% of rows are the test part.
     */
    static void generate(Path file, int rows, long seed) throws Exception {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                header.add("n" + i);
            }
            for (int i = 0; i < 8; i++) {
                header.add("c" + i);
            }
            header.add("y");
            header.add("part");
            out.write(String.join(",", header));
            out.newLine();
            StringBuilder line = new StringBuilder();
            for (int row = 0; row < rows; row++) {
                double[] numbers = new double[8];
                int[] levels = new int[8];
                line.setLength(0);
                for (int i = 0; i < 8; i++) {
                    numbers[i] = i % 2 == 0 ? random.nextGaussian() : Math.round(random.nextDouble() * 1000) / 10.0;
                    line.append(numbers[i]).append(',');
                }
                for (int i = 0; i < 8; i++) {
                    levels[i] = random.nextInt(3 + i);
                    line.append("L").append(levels[i]).append(',');
                }
                boolean buys = (numbers[0] + numbers[1] / 50 > 1.2 && levels[0] != 2)
                        || (levels[1] == 1 && numbers[2] > 0.3) || (levels[3] == 4 && numbers[3] < 25);
                if (random.nextDouble() < 0.05) {
                    buys = !buys;
                }
                line.append(buys ? 1 : 0).append(',').append(random.nextDouble() < 0.2 ? "test" : "train");
                out.write(line.toString());
                out.newLine();
            }
        }
    }
}

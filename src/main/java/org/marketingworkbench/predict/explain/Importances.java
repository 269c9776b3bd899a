package org.marketingworkbench.predict.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.predict.model.VectorModel;
import org.marketingworkbench.predict.setup.FittedPreprocessing;
import smile.validation.metric.AUC;
import tech.tablesaw.api.Table;

/** Feature importance: from the trees' impurity, or by permutation on held-out rows for the other models. */
public final class Importances {
    /** Shuffles per feature; their mean smooths out one lucky shuffle. */
    public static final int REPEATS = 3;

    private Importances() {
    }

    /** Importance values per feature (in preprocessing order) as a list, largest first, scaled to sum to 1. */
    public static List<FeatureImportance> ranked(List<String> features, double[] values, ImportanceMethod method) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        List<FeatureImportance> ranked = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            ranked.add(new FeatureImportance(features.get(i), total > 0 ? values[i] / total : values[i], method));
        }
        ranked.sort(Comparator.comparingDouble(FeatureImportance::importance).reversed()
                .thenComparing(FeatureImportance::feature));
        return ranked;
    }

    /**
     * The mean drop in ROC AUC on the given rows when one feature's values (all its one-hot
     * columns together) are shuffled across the rows, per feature; shuffles come from the seed.
     */
    public static double[] permutationDrops(VectorModel model, Table table, int[] rows, int[] classes, long seed,
            Progress progress) {
        FittedPreprocessing preprocessing = model.preprocessing();
        double[][] inputs = preprocessing.matrix(table, rows);
        int[] truth = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            truth[i] = classes[rows[i]];
        }
        double baseline = AUC.of(truth, model.probabilities(inputs));
        int features = preprocessing.features().size();
        double[] drops = new double[features];
        Random random = new Random(seed);
        for (int feature = 0; feature < features; feature++) {
            progress.checkCancelled();
            int[] group = preprocessing.group(feature);
            double sum = 0;
            for (int repeat = 0; repeat < REPEATS; repeat++) {
                double[][] shuffled = shuffleColumns(inputs, group, random);
                sum += baseline - AUC.of(truth, model.probabilities(shuffled));
            }
            drops[feature] = sum / REPEATS;
            progress.update(feature + 1, features, "");
        }
        return drops;
    }

    private static double[][] shuffleColumns(double[][] inputs, int[] group, Random random) {
        int[] order = java.util.stream.IntStream.range(0, inputs.length).toArray();
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        double[][] shuffled = new double[inputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            shuffled[i] = inputs[i].clone();
            for (int column : group) {
                shuffled[i][column] = inputs[order[i]][column];
            }
        }
        return shuffled;
    }
}

package org.marketingworkbench.predict;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.marketingworkbench.predict.evaluate.ConfusionMatrix;
import org.marketingworkbench.predict.evaluate.CrossValidationResult;
import org.marketingworkbench.predict.evaluate.GainsPoint;
import org.marketingworkbench.predict.evaluate.Metrics;
import org.marketingworkbench.predict.evaluate.RocPoint;
import org.marketingworkbench.predict.explain.FeatureImportance;
import org.marketingworkbench.predict.explain.Rule;
import org.marketingworkbench.predict.score.ScoredCustomer;
import org.marketingworkbench.predict.score.ScoringResult;

/** Writes a prediction's tables as CSV files (names are part of the CLI's contract). */
public final class PredictionFiles {

    private PredictionFiles() {
    }

    /** Writes metrics.csv, roc.csv, gains.csv, importance.csv, and tree_rules.csv / folds.csv / cv_folds.csv when they apply. */
    public static void write(PredictionResult result, Function<String, Path> file) throws IOException {
        Metrics metrics = result.evaluation().metrics();
        ConfusionMatrix confusion = metrics.confusion();
        CsvFile.write(file.apply("metrics.csv"), List.of("metric", "value"), List.of(
                List.of("accuracy", metrics.accuracy()), List.of("baseline_accuracy", metrics.baselineAccuracy()),
                List.of("precision", metrics.precision()), List.of("recall", metrics.recall()),
                List.of("f1", metrics.f1()), List.of("auc", metrics.auc()), List.of("threshold", metrics.threshold()),
                List.of("true_positives", confusion.truePositives()), List.of("false_positives", confusion.falsePositives()),
                List.of("true_negatives", confusion.trueNegatives()), List.of("false_negatives", confusion.falseNegatives())));
        List<List<Object>> roc = new ArrayList<>();
        for (RocPoint point : result.evaluation().roc()) {
            roc.add(List.of(point.threshold(), point.falsePositiveRate(), point.truePositiveRate()));
        }
        CsvFile.write(file.apply("roc.csv"), List.of("threshold", "false_positive_rate", "true_positive_rate"), roc);
        List<List<Object>> gains = new ArrayList<>();
        for (GainsPoint point : result.evaluation().gains()) {
            gains.add(List.of(point.contactedShare(), point.buyersShare(), point.lift()));
        }
        CsvFile.write(file.apply("gains.csv"), List.of("contacted_share", "buyers_share", "lift"), gains);
        List<List<Object>> importance = new ArrayList<>();
        for (FeatureImportance feature : result.importance()) {
            importance.add(List.of(feature.feature(), feature.importance(), feature.method().name().toLowerCase(java.util.Locale.ROOT)));
        }
        CsvFile.write(file.apply("importance.csv"), List.of("feature", "importance", "method"), importance);
        if (!result.rules().isEmpty()) {
            writeRules(result, file.apply("tree_rules.csv"));
        }
        result.evaluation().crossValidation().ifPresent(cv -> writeFolds(result, cv, file));
    }

    private static void writeRules(PredictionResult result, Path path) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Rule rule : result.rules()) {
            rows.add(List.of(rule.sentence(), result.target().label(rule.predictedClass()), rule.buyerShare(),
                    rule.customers()));
        }
        CsvFile.write(path, List.of("rule", "prediction", "buyer_share", "customers"), rows);
    }

    private static void writeFolds(PredictionResult result, CrossValidationResult cv, Function<String, Path> file) {
        try {
            List<List<Object>> perFold = new ArrayList<>();
            for (int fold = 0; fold < cv.folds(); fold++) {
                Metrics metrics = cv.perFold().get(fold);
                perFold.add(List.of(fold, metrics.accuracy(), metrics.precision(), metrics.recall(), metrics.f1(),
                        metrics.auc()));
            }
            CsvFile.write(file.apply("cv_folds.csv"), List.of("fold", "accuracy", "precision", "recall", "f1", "auc"),
                    perFold);
            // the fold of every row, so a peer tool can be run on exactly the same folds
            int[] folds = result.partition().fold();
            List<List<Object>> rows = new ArrayList<>(folds.length);
            for (int row = 0; row < folds.length; row++) {
                rows.add(List.of(row, folds[row]));
            }
            CsvFile.write(file.apply("folds.csv"), List.of("row", "fold"), rows);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes scores.csv: id, probability and predicted class per scored row. */
    public static void writeScores(ScoringResult scoring, Path path) throws IOException {
        List<List<Object>> rows = new ArrayList<>(scoring.customers().size());
        for (ScoredCustomer customer : scoring.customers()) {
            rows.add(List.of(customer.id(), customer.probability(), customer.predictedClass()));
        }
        CsvFile.write(path, List.of("id", "probability", "predicted_class"), rows);
    }
}

package org.marketingworkbench.predict;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.evaluate.Metrics;
import org.marketingworkbench.predict.explain.FeatureImportance;
import org.marketingworkbench.predict.explain.Rule;
import org.marketingworkbench.predict.model.ModelParameters;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The Predict results as tables for the page's exports and the report, and one-line descriptions of a model. */
public final class PredictTables {

    private PredictTables() {
    }

    /** What was trained, in a line: "Maximum depth 5, Smallest leaf 5, Split rule gini · 20% held out · 9 features". */
    public static String describe(PredictionResult result) {
        ModelParameters model = result.request().model();
        String parameters = model.kind().parameters().stream()
                .map(spec -> spec.label() + " " + model.text(spec.name())).collect(Collectors.joining(", "));
        Validation validation = result.request().validation();
        String judged = validation.isCrossValidation() ? Messages.get("predict.describe.cv", validation.folds())
                : Messages.get("predict.describe.holdout", validation.testFraction());
        return Messages.get("predict.describe", parameters, judged, result.request().setup().features().size());
    }

    /** One row per model, best ROC AUC first, with the metrics at {@code threshold}. */
    public static Table comparison(List<PredictionResult> results, double threshold) {
        StringColumn model = StringColumn.create("model");
        StringColumn details = StringColumn.create("details");
        DoubleColumn accuracy = DoubleColumn.create("accuracy");
        DoubleColumn baseline = DoubleColumn.create("baseline_accuracy");
        DoubleColumn precision = DoubleColumn.create("precision");
        DoubleColumn recall = DoubleColumn.create("recall");
        DoubleColumn f1 = DoubleColumn.create("f1");
        DoubleColumn auc = DoubleColumn.create("auc");
        List<PredictionResult> sorted = results.stream()
                .sorted(Comparator.comparingDouble((PredictionResult r) -> r.evaluation().metrics().auc()).reversed())
                .toList();
        for (PredictionResult result : sorted) {
            Metrics metrics = result.evaluation().at(threshold);
            model.append(result.request().model().kind().label());
            details.append(describe(result));
            accuracy.append(metrics.accuracy());
            baseline.append(metrics.baselineAccuracy());
            precision.append(metrics.precision());
            recall.append(metrics.recall());
            f1.append(metrics.f1());
            auc.append(metrics.auc());
        }
        return Table.create("comparison", model, details, accuracy, baseline, precision, recall, f1, auc);
    }

    /** The tree's rules: the sentence, the prediction, the share of buyers and the customers behind it. */
    public static Table rules(PredictionResult result) {
        StringColumn sentence = StringColumn.create("rule");
        StringColumn prediction = StringColumn.create("prediction");
        DoubleColumn share = DoubleColumn.create("buyer_share");
        IntColumn customers = IntColumn.create("customers");
        for (Rule rule : result.rules()) {
            sentence.append(rule.sentence());
            prediction.append(result.target().label(rule.predictedClass()));
            share.append(rule.buyerShare());
            customers.append((int) rule.customers());
        }
        return Table.create("rules", sentence, prediction, share, customers);
    }

    /** Every feature's importance, largest first. */
    public static Table importance(PredictionResult result) {
        StringColumn feature = StringColumn.create("feature");
        DoubleColumn importance = DoubleColumn.create("importance");
        for (FeatureImportance each : result.importance()) {
            feature.append(each.feature());
            importance.append(each.importance());
        }
        return Table.create("importance", feature, importance);
    }
}

package org.marketingworkbench.predict;

import java.util.List;
import org.marketingworkbench.predict.evaluate.Metrics;

/** The comparison table when several models were trained on the same setup: one row per model. */
public final class ModelComparison {

    /**
     * One model's headline figures.
     *
     * @param model   the model kind's id
     * @param label   the model's translated name
     * @param metrics its held-out metrics
     */
    public record Row(String model, String label, Metrics metrics) {
    }

    private ModelComparison() {
    }

    /** The rows, best ROC AUC first (AUC does not depend on the threshold, so it compares fairly). */
    public static List<Row> of(List<PredictionResult> results) {
        return results.stream()
                .map(result -> new Row(result.request().model().kind().id(), result.request().model().kind().label(),
                        result.evaluation().metrics()))
                .sorted((a, b) -> Double.compare(b.metrics().auc(), a.metrics().auc()))
                .toList();
    }
}

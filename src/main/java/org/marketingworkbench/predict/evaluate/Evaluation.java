package org.marketingworkbench.predict.evaluate;

import java.util.List;
import java.util.Optional;

/**
 * How well a model did on rows it did not learn from (the test part, or every row out of fold
 * with cross-validation): metrics at the chosen threshold, the curves, and the scores kept for
 * recomputing the metrics at any other threshold instantly.
 *
 * @param metrics         the metrics at {@code metrics.threshold()}
 * @param roc             the ROC curve
 * @param gains           cumulative gains and lift points
 * @param scores          the held-out scores
 * @param crossValidation per-fold metrics when cross-validation was used
 */
public record Evaluation(Metrics metrics, List<RocPoint> roc, List<GainsPoint> gains, ScoreTable scores,
        Optional<CrossValidationResult> crossValidation) {

    public Evaluation {
        roc = List.copyOf(roc);
        gains = List.copyOf(gains);
    }

    /** Evaluates held-out scores at a threshold. */
    public static Evaluation of(ScoreTable scores, double threshold, Optional<CrossValidationResult> crossValidation) {
        return new Evaluation(Metrics.of(scores, threshold), Curves.roc(scores), Curves.gains(scores), scores,
                crossValidation);
    }

    /** The metrics at another threshold, without recomputing curves or the AUC (the threshold slider). */
    public Metrics at(double threshold) {
        return Metrics.of(scores, threshold, metrics.auc());
    }
}

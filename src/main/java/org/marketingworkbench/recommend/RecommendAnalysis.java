package org.marketingworkbench.recommend;

import org.marketingworkbench.common.Progress;

/** The whole item-based analysis in one call: train on everything, recommend to all, and evaluate. */
public final class RecommendAnalysis {

    private RecommendAnalysis() {
    }

    public static RecommendResult run(Interactions data, RecommendParameters parameters, Holdout holdout,
            Progress progress) {
        ItemBasedModel model = ItemBasedModel.fit(data, parameters, progress.slice(0, 0.3));
        Recommendations recommendations = model.recommendAll(progress.slice(0.3, 0.5));
        EvaluationResult evaluation = Evaluator.evaluate(data, parameters, holdout, progress.slice(0.5, 1));
        return new RecommendResult(data, model, recommendations, evaluation);
    }
}

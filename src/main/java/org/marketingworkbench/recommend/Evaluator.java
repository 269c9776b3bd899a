package org.marketingworkbench.recommend;

import org.marketingworkbench.common.Progress;

/**
 * Tests a recommender honestly: hide some interactions, train on the rest, and compare its top
 * N with what was hidden, beside the most-popular and random baselines on the same split.
 */
public final class Evaluator {

    /** Builds the recommender under test from the training interactions. */
    @FunctionalInterface
    public interface ModelFactory {
        Recommender train(Interactions training, Progress progress);
    }

    private Evaluator() {
    }

    /** Tests item-based recommendations with the given parameters (N is {@code parameters.top()}). */
    public static EvaluationResult evaluate(Interactions data, RecommendParameters parameters, Holdout holdout,
            Progress progress) {
        return evaluate(data, (training, slice) -> ItemBasedModel.fit(training, parameters, slice),
                parameters.top(), parameters.excludeBought(), holdout, progress);
    }

    public static EvaluationResult evaluate(Interactions data, ModelFactory factory, int top, boolean excludeBought,
            Holdout holdout, Progress progress) {
        HoldoutSplit split = HoldoutSplit.of(data, holdout);
        Interactions training = split.training();
        ItemBasedModel.requireTwoItems(training);
        int[] tested = split.testedUsers();
        progress.checkCancelled();
        Recommender model = factory.train(training, progress.slice(0.02, 0.5));
        Metrics modelMetrics = RankingMetrics.of(model.recommend(tested, top, progress.slice(0.5, 0.8)), split, top);
        Recommender popular = new PopularityRecommender(training, excludeBought);
        Metrics popularMetrics = RankingMetrics.of(popular.recommend(tested, top, progress.slice(0.8, 0.9)), split,
                top);
        Recommender random = new RandomRecommender(training, excludeBought, holdout.seed());
        Metrics randomMetrics = RankingMetrics.of(random.recommend(tested, top, progress.slice(0.9, 1)), split, top);
        return new EvaluationResult(top, holdout, tested.length, data.userCount() - tested.length,
                split.heldOutTotal(), modelMetrics, popularMetrics, randomMetrics);
    }
}

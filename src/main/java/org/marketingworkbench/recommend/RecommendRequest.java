package org.marketingworkbench.recommend;

import java.util.Optional;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.Table;

/**
 * Everything one run of the Recommend page (or its report section) needs: which columns hold
 * the interactions, the item-based settings, the method with its weight a, the holdout, and
 * the item attributes for content-based scoring.
 *
 * @param columns    the interaction columns
 * @param parameters similarity, k, N, exclusion and decay
 * @param method     behaviour, content or hybrid
 * @param alpha      the behaviour weight a of the hybrid (1 = behaviour only)
 * @param holdout    what is hidden for the evaluation
 * @param attributes the item attribute columns, needed for content and hybrid
 */
public record RecommendRequest(InteractionColumns columns, RecommendParameters parameters, Method method,
        double alpha, Holdout holdout, Optional<ItemAttributeColumns> attributes) {

    public RecommendRequest {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new BadInputException("recommend.error.alpha", alpha);
        }
    }

    /** The weight of behaviour actually used: 1 for behaviour, 0 for content, a for the hybrid. */
    public double behaviourWeight() {
        return switch (method) {
            case BEHAVIOUR -> 1;
            case CONTENT -> 0;
            case HYBRID -> alpha;
        };
    }

    /**
     * Reads the interactions, trains on all of them, recommends to every customer and evaluates
     * on the holdout. The model in the result is always the item-based one (it explains the
     * recommendations); for content and hybrid the lists come from the blend.
     *
     * @param itemTable the item attribute table; only read for content and hybrid
     */
    public RecommendResult run(Table interactions, Table itemTable, Progress progress) {
        Interactions data = InteractionReader.read(interactions, columns, progress.slice(0, 0.05));
        if (!method.usesContent()) {
            return RecommendAnalysis.run(data, parameters, holdout, progress.slice(0.05, 1));
        }
        if (itemTable == null || attributes.isEmpty()) {
            throw new BadInputException("recommend.error.noItemTable");
        }
        ContentModel content = ContentModel.build(itemTable, attributes.get(), data.items());
        double weight = behaviourWeight();
        ItemBasedModel model = ItemBasedModel.fit(data, parameters, progress.slice(0.05, 0.3));
        Recommendations lists = new HybridRecommender(model, content, weight)
                .recommend(Recommendations.everyone(data), parameters.top(), progress.slice(0.3, 0.5));
        EvaluationResult evaluation = Evaluator.evaluate(data, HybridRecommender.factory(parameters, content, weight),
                parameters.top(), parameters.excludeBought(), holdout, progress.slice(0.5, 1));
        return new RecommendResult(data, model, lists, evaluation);
    }
}

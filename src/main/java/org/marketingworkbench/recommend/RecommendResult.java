package org.marketingworkbench.recommend;

/**
 * Everything the Recommend page, the report and the command line show: the data read, the
 * model trained on all of it, every customer's recommendations, and the held-out evaluation.
 *
 * @param interactions    the (customer, item) pairs
 * @param model           the item-based model trained on all interactions
 * @param recommendations the top N of every customer
 * @param evaluation      the test on held-out interactions, beside the baselines
 */
public record RecommendResult(Interactions interactions, ItemBasedModel model, Recommendations recommendations,
        EvaluationResult evaluation) {
}

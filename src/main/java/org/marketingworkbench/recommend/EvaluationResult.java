package org.marketingworkbench.recommend;

/**
 * How well the recommendations predicted held-out interactions, beside two baselines trained
 * on the same split.
 *
 * @param top                 N, the list length scored
 * @param holdout             what was held out
 * @param testedUsers         customers tested (at least two interactions)
 * @param untestedUsers       customers with fewer than two interactions, kept whole in training and not tested
 * @param heldOutInteractions interactions hidden from training
 * @param model               the recommender under test
 * @param popularity          the most-popular baseline
 * @param random              the random baseline (seeded by the holdout seed)
 */
public record EvaluationResult(int top, Holdout holdout, int testedUsers, int untestedUsers,
        int heldOutInteractions, Metrics model, Metrics popularity, Metrics random) {
}

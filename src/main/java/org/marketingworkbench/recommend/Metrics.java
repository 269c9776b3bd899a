package org.marketingworkbench.recommend;

/**
 * Ranking quality at N, averaged over the tested customers.
 *
 * @param precisionAtN hits in the top N over N (a shorter list still divides by N)
 * @param recallAtN    hits in the top N over the customer's held-out items
 * @param hitRate      share of customers with at least one hit in the top N
 * @param ndcg         DCG over ideal DCG, binary relevance, log2 discount (see {@link RankingMetrics})
 * @param coverage     distinct items recommended to the tested customers over all items in the catalogue
 */
public record Metrics(double precisionAtN, double recallAtN, double hitRate, double ndcg, double coverage) {
}

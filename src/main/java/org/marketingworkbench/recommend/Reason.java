package org.marketingworkbench.recommend;

/**
 * One bought item's part in a recommendation: w(u, j) * r(j, i) and its share of R(u, i).
 *
 * @param item         the bought item's index
 * @param name         the bought item's name
 * @param contribution w(u, j) * r(j, i)
 * @param share        contribution over the recommendation's score, between 0 and 1
 */
public record Reason(int item, String name, double contribution, double share) {
}

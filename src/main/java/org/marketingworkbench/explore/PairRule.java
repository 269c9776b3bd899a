package org.marketingworkbench.explore;

/**
 * How two 0/1 columns go together, read as the rule "A and B": support of both, confidence of B
 * given A, and lift (confidence over B's own support; above 1 means A makes B more likely).
 *
 * @param first      column A
 * @param second     column B
 * @param rows       rows where both are present
 * @param firstCount rows with A = 1
 * @param secondCount rows with B = 1
 * @param bothCount  rows with A = 1 and B = 1
 * @param support    bothCount / rows
 * @param confidence bothCount / firstCount; NaN when A never holds
 * @param lift       confidence / (secondCount / rows); NaN when B never holds
 */
public record PairRule(String first, String second, long rows, long firstCount, long secondCount, long bothCount,
        double support, double confidence, double lift) {
}

package org.marketingworkbench.predict.evaluate;

/**
 * One point of the cumulative gains and lift charts: contact the highest-scoring share of
 * customers, find this share of all buyers.
 *
 * @param contactedShare share of customers contacted, best scores first
 * @param buyersShare    share of all buyers among them (gains)
 * @param lift           buyersShare / contactedShare: how many times better than contacting at random
 */
public record GainsPoint(double contactedShare, double buyersShare, double lift) {
}

package org.marketingworkbench.predict.score;

/**
 * One scored row.
 *
 * @param id             the customer's identifier (or the 1-based row number when there is no id column)
 * @param probability    the predicted probability of buying
 * @param predictedClass the target value predicted at the threshold
 */
public record ScoredCustomer(String id, double probability, String predictedClass) {
}

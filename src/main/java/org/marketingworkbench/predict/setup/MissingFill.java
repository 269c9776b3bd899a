package org.marketingworkbench.predict.setup;

/** What replaces a missing value, learned from the training rows only. */
public enum MissingFill {
    /** The training mean (numbers only). */
    MEAN,
    /** The training median (numbers only). */
    MEDIAN,
    /** The most frequent training value (numbers or categories). */
    MODE
}

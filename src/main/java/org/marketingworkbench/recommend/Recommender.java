package org.marketingworkbench.recommend;

import org.marketingworkbench.common.Progress;

/** Anything that ranks items for customers: the item-based model, the hybrid, and the baselines. */
public interface Recommender {

    /**
     * The best {@code top} items for each listed customer (indexes into the interactions'
     * dictionary), best first; customers not listed get no items.
     */
    Recommendations recommend(int[] users, int top, Progress progress);
}

package org.marketingworkbench.recommend;

import java.util.Arrays;

/**
 * A dense per-item scratch row that is reused from customer to customer without clearing:
 * a generation stamp tells which slots belong to the current customer, and the touched list
 * names them, so each customer costs only the items they reach.
 */
final class ScoreAccumulator {
    private final double[] score;
    private final int[] stamp;
    private final int[] touched;
    private int touchedCount;
    private int generation;

    ScoreAccumulator(int itemCount) {
        score = new double[itemCount];
        stamp = new int[itemCount];
        touched = new int[itemCount];
        Arrays.fill(stamp, -1);
    }

    /** Starts a new customer: every score reads 0 again. */
    void reset() {
        generation++;
        touchedCount = 0;
    }

    void add(int item, double amount) {
        if (stamp[item] != generation) {
            stamp[item] = generation;
            score[item] = 0;
            touched[touchedCount++] = item;
        }
        score[item] += amount;
    }

    /** Multiplies the item's score (when reached) by {@code factor}. */
    void multiply(int item, double factor) {
        if (stamp[item] == generation) {
            score[item] *= factor;
        }
    }

    /** True when the current customer reached the item. */
    boolean reached(int item) {
        return stamp[item] == generation;
    }

    /** The score of {@code item} for the current customer (0 when not reached). */
    double score(int item) {
        return stamp[item] == generation ? score[item] : 0;
    }

    int touchedCount() {
        return touchedCount;
    }

    /** The {@code index}-th item reached, in the order first reached. */
    int touched(int index) {
        return touched[index];
    }
}

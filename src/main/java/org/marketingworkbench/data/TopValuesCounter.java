package org.marketingworkbench.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Collects value counts one by one and keeps only the top ones, with a bounded heap, so a
 * column of a million distinct values needs neither a full sort nor an object per value.
 */
final class TopValuesCounter {

    /** Most frequent first; ties by value, so the list is the same every time. */
    private static final Comparator<TopValues.ValueCount> ORDER = Comparator
            .comparingInt(TopValues.ValueCount::count).reversed()
            .thenComparing(TopValues.ValueCount::value);

    private final int limit;
    /** The weakest kept value on top, to be dropped first. */
    private final PriorityQueue<TopValues.ValueCount> kept;
    private int total;
    private int distinct;

    TopValuesCounter(int limit) {
        this.limit = limit;
        this.kept = new PriorityQueue<>(limit + 1, ORDER.reversed());
    }

    /** Counts {@code value}, held by {@code count} cells (values with no cells are skipped). */
    void add(String value, int count) {
        if (count <= 0) {
            return;
        }
        total += count;
        distinct++;
        if (kept.size() == limit) {
            TopValues.ValueCount weakest = kept.peek();
            if (count < weakest.count() || count == weakest.count() && value.compareTo(weakest.value()) > 0) {
                return;
            }
        }
        kept.add(new TopValues.ValueCount(value, count));
        if (kept.size() > limit) {
            kept.poll();
        }
    }

    /** Distinct values added so far. */
    int distinct() {
        return distinct;
    }

    TopValues result() {
        List<TopValues.ValueCount> top = new ArrayList<>(kept);
        top.sort(ORDER);
        int listed = top.stream().mapToInt(TopValues.ValueCount::count).sum();
        return new TopValues(top, total - listed, distinct - top.size());
    }
}

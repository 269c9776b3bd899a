package org.marketingworkbench.recommend;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Who bought or rated what, one entry per (customer, item) pair, stored sparse: for each
 * customer a run of item indexes in ascending order with the pair's value and latest time
 * (compressed sparse rows). Never a dense customers x items matrix.
 */
public final class Interactions {
    private final IdDictionary users;
    private final IdDictionary items;
    private final int[] rowStart;
    private final int[] itemIndex;
    private final float[] values;
    /** Epoch seconds of each pair's latest date, or null when the data has no dates. */
    private final long[] times;
    private final boolean implicit;
    private final int skippedRows;

    Interactions(IdDictionary users, IdDictionary items, int[] rowStart, int[] itemIndex, float[] values,
            long[] times, boolean implicit, int skippedRows) {
        this.users = users;
        this.items = items;
        this.rowStart = rowStart;
        this.itemIndex = itemIndex;
        this.values = values;
        this.times = times;
        this.implicit = implicit;
        this.skippedRows = skippedRows;
    }

    /** Per item, which customers interacted with it (the transposed rows), with positions into the rows. */
    record ItemColumns(int[] start, int[] users, int[] positions) {
    }

    public IdDictionary users() {
        return users;
    }

    public IdDictionary items() {
        return items;
    }

    public int userCount() {
        return users.size();
    }

    public int itemCount() {
        return items.size();
    }

    /** The number of (customer, item) pairs. */
    public int size() {
        return itemIndex.length;
    }

    /** True when values only say "bought" (each pair weighs 1). */
    public boolean isImplicit() {
        return implicit;
    }

    /**
     * Source rows left out when reading: a missing customer, item, value or date, or a pair whose
     * values add up to zero or less.
     */
    public int skippedRows() {
        return skippedRows;
    }

    public boolean hasDates() {
        return times != null;
    }

    /** The first position of the customer's interactions; they run to {@link #end(int)}. */
    public int start(int user) {
        return rowStart[user];
    }

    public int end(int user) {
        return rowStart[user + 1];
    }

    public int count(int user) {
        return rowStart[user + 1] - rowStart[user];
    }

    public int item(int position) {
        return itemIndex[position];
    }

    /** The aggregated value of the pair at {@code position} (1 for implicit data). */
    public float value(int position) {
        return values[position];
    }

    /** Epoch seconds (UTC) of the pair's latest date; only when {@link #hasDates()}. */
    public long time(int position) {
        return times[position];
    }

    /** The customer's items, ascending. */
    public int[] itemsOf(int user) {
        return Arrays.copyOfRange(itemIndex, rowStart[user], rowStart[user + 1]);
    }

    public boolean contains(int user, int item) {
        return Arrays.binarySearch(itemIndex, rowStart[user], rowStart[user + 1], item) >= 0;
    }

    /** How many customers interacted with each item. */
    public int[] itemCounts() {
        int[] counts = new int[items.size()];
        for (int item : itemIndex) {
            counts[item]++;
        }
        return counts;
    }

    /** The latest time in the data, if it has dates. */
    public OptionalLong latestTime() {
        return times == null ? OptionalLong.empty() : Arrays.stream(times).max();
    }

    /** The same customers and items (same indexes), keeping only the pairs whose position is marked. */
    Interactions keep(boolean[] kept) {
        int total = 0;
        for (boolean k : kept) {
            total += k ? 1 : 0;
        }
        int[] start = new int[rowStart.length];
        int[] keptItems = new int[total];
        float[] keptValues = new float[total];
        long[] keptTimes = times == null ? null : new long[total];
        int next = 0;
        for (int user = 0; user < users.size(); user++) {
            start[user] = next;
            for (int p = rowStart[user]; p < rowStart[user + 1]; p++) {
                if (kept[p]) {
                    keptItems[next] = itemIndex[p];
                    keptValues[next] = values[p];
                    if (keptTimes != null) {
                        keptTimes[next] = times[p];
                    }
                    next++;
                }
            }
        }
        start[users.size()] = next;
        return new Interactions(users, items, start, keptItems, keptValues, keptTimes, implicit, skippedRows);
    }

    /** Transposes the rows: for each item, its customers in ascending order. */
    ItemColumns byItem() {
        int[] start = new int[items.size() + 1];
        for (int item : itemIndex) {
            start[item + 1]++;
        }
        for (int i = 0; i < items.size(); i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, items.size());
        int[] columnUsers = new int[itemIndex.length];
        int[] positions = new int[itemIndex.length];
        for (int user = 0; user < users.size(); user++) {
            for (int p = rowStart[user]; p < rowStart[user + 1]; p++) {
                int slot = fill[itemIndex[p]]++;
                columnUsers[slot] = user;
                positions[slot] = p;
            }
        }
        return new ItemColumns(start, columnUsers, positions);
    }
}

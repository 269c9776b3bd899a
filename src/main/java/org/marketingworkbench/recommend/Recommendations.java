package org.marketingworkbench.recommend;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.marketingworkbench.common.Progress;

/**
 * Up to N recommended items per customer with their scores, best first. A customer may get
 * fewer than N when fewer items have a positive score (nothing is padded in).
 */
public final class Recommendations {
    private static final int USERS_PER_BLOCK = 512;

    private final IdDictionary users;
    private final IdDictionary items;
    private final int top;
    private final int[] count;
    private final int[] item;
    private final float[] score;

    private Recommendations(IdDictionary users, IdDictionary items, int top, int[] count, int[] item, float[] score) {
        this.users = users;
        this.items = items;
        this.top = top;
        this.count = count;
        this.item = item;
        this.score = score;
    }

    /** Ranks one customer's items into the given list; made once per block of customers (it may hold scratch). */
    @FunctionalInterface
    interface Ranker {
        void rank(int user, TopList list);
    }

    /** Every customer index of the interactions, for recommending to all. */
    public static int[] everyone(Interactions data) {
        return IntStream.range(0, data.userCount()).toArray();
    }

    /** Runs {@code ranker} for the listed customers in parallel blocks. */
    static Recommendations collect(Interactions data, int[] forUsers, int top, Progress progress, String message,
            java.util.function.Supplier<Ranker> rankers) {
        int userCount = data.userCount();
        int width = Math.min(top, data.itemCount());
        int[] count = new int[userCount];
        int[] item = new int[Math.multiplyExact(userCount, width)];
        float[] score = new float[item.length];
        ParallelBlocks.run(forUsers.length, USERS_PER_BLOCK, progress, message, (from, to) -> {
            Ranker ranker = rankers.get();
            TopList list = new TopList(width);
            for (int index = from; index < to; index++) {
                int user = forUsers[index];
                list.clear();
                ranker.rank(user, list);
                count[user] = list.drainInto(item, score, user * width);
            }
        });
        return new Recommendations(data.users(), data.items(), width, count, item, score);
    }

    public IdDictionary users() {
        return users;
    }

    public IdDictionary items() {
        return items;
    }

    /** The most items any customer gets: N, or the catalogue size when that is smaller. */
    public int top() {
        return top;
    }

    public int userCount() {
        return count.length;
    }

    /** How many items the customer got (0 to N). */
    public int count(int user) {
        return count[user];
    }

    /** The item at {@code rank} (0 = best) of the customer's list. */
    public int item(int user, int rank) {
        return item[checked(user, rank)];
    }

    public float score(int user, int rank) {
        return score[checked(user, rank)];
    }

    /** The customer's recommended items, best first. */
    public int[] itemsOf(int user) {
        return Arrays.copyOfRange(item, user * top, user * top + count[user]);
    }

    /** All recommended (customer, item) pairs. */
    public int total() {
        return Arrays.stream(count).sum();
    }

    private int checked(int user, int rank) {
        if (rank < 0 || rank >= count[user]) {
            throw new IndexOutOfBoundsException("rank " + rank + " of " + count[user]);
        }
        return user * top + rank;
    }
}

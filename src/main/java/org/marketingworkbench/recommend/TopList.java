package org.marketingworkbench.recommend;

/**
 * The best {@code capacity} (item, score) pairs offered so far: higher score first, and on equal
 * scores the lower item index, so results do not depend on the order of offers. A primitive
 * bounded heap: Smile's HeapSelect boxes every value, too slow for millions of offers.
 */
final class TopList {
    private final int capacity;
    private final int[] items;
    private final double[] scores;
    private int size;

    TopList(int capacity) {
        this.capacity = capacity;
        this.items = new int[capacity];
        this.scores = new double[capacity];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    void offer(int item, double score) {
        if (size < capacity) {
            items[size] = item;
            scores[size] = score;
            up(size++);
        } else if (capacity > 0 && worse(items[0], scores[0], item, score)) {
            items[0] = item;
            scores[0] = score;
            down(0);
        }
    }

    /** Empties the list into the arrays at {@code offset}, best first; returns how many were written. */
    int drainInto(int[] itemsOut, float[] scoresOut, int offset) {
        int count = size;
        while (size > 0) {
            int last = offset + size - 1;
            itemsOut[last] = items[0];
            scoresOut[last] = (float) scores[0];
            size--;
            items[0] = items[size];
            scores[0] = scores[size];
            down(0);
        }
        return count;
    }

    /** True when (itemA, scoreA) ranks below (itemB, scoreB). */
    private static boolean worse(int itemA, double scoreA, int itemB, double scoreB) {
        return scoreA < scoreB || scoreA == scoreB && itemA > itemB;
    }

    private void up(int index) {
        while (index > 0) {
            int parent = (index - 1) / 2;
            if (!worse(items[index], scores[index], items[parent], scores[parent])) {
                return;
            }
            swap(index, parent);
            index = parent;
        }
    }

    private void down(int index) {
        while (true) {
            int left = 2 * index + 1;
            if (left >= size) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < size && worse(items[right], scores[right], items[left], scores[left])) {
                worst = right;
            }
            if (!worse(items[worst], scores[worst], items[index], scores[index])) {
                return;
            }
            swap(index, worst);
            index = worst;
        }
    }

    private void swap(int a, int b) {
        int item = items[a];
        items[a] = items[b];
        items[b] = item;
        double score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }
}

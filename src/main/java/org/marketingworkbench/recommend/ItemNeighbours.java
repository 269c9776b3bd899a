package org.marketingworkbench.recommend;

/**
 * The kept neighbours of every item: for item {@code j}, up to k other items {@code i} with their
 * similarity r(j, i) &gt; 0, most similar first (sparse rows, never an items x items matrix).
 */
public final class ItemNeighbours {
    private final Similarity measure;
    private final int[] start;
    private final int[] neighbour;
    private final float[] similarity;

    ItemNeighbours(Similarity measure, int[] start, int[] neighbour, float[] similarity) {
        this.measure = measure;
        this.start = start;
        this.neighbour = neighbour;
        this.similarity = similarity;
    }

    public Similarity measure() {
        return measure;
    }

    public int itemCount() {
        return start.length - 1;
    }

    /** The number of kept (item, neighbour) pairs. */
    public int size() {
        return neighbour.length;
    }

    /** The first position of item {@code j}'s neighbours; they run to {@link #end(int)}. */
    public int start(int item) {
        return start[item];
    }

    public int end(int item) {
        return start[item + 1];
    }

    public int neighbour(int position) {
        return neighbour[position];
    }

    public float similarity(int position) {
        return similarity[position];
    }

    /** r(j, i): the similarity when {@code i} is among {@code j}'s kept neighbours, else 0. */
    public double similarity(int j, int i) {
        for (int p = start[j]; p < start[j + 1]; p++) {
            if (neighbour[p] == i) {
                return similarity[p];
            }
        }
        return 0;
    }
}

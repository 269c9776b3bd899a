package org.marketingworkbench.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits each recommendation's score R(u, i) into the contributions w(u, j) * r(j, i) of the
 * customer's bought items j ("because you bought X and Y"). Contributions are gathered in
 * primitive scratch arrays and only the largest few become objects, so explaining every
 * customer costs about as much as scoring them. Holds scratch space: one explainer per thread.
 */
public final class Explainer {
    private final ItemBasedModel model;
    private final int maxReasons;
    /** For each item, 1 + its rank in the current customer's list, or 0. */
    private final int[] rankOf;
    private int[] entryRank = new int[256];
    private int[] entryItem = new int[256];
    private double[] entryAmount = new double[256];

    public Explainer(ItemBasedModel model, int maxReasons) {
        this.model = model;
        this.maxReasons = maxReasons;
        this.rankOf = new int[model.interactions().itemCount()];
    }

    /** The explanations of the customer's recommended items, in rank order. */
    public List<Explanation> explain(int user, Recommendations recommendations) {
        int[] recommended = recommendations.itemsOf(user);
        for (int rank = 0; rank < recommended.length; rank++) {
            rankOf[recommended[rank]] = rank + 1;
        }
        int entries = gather(user);
        double[] total = new double[recommended.length];
        int[] bucketStart = new int[recommended.length + 1];
        for (int e = 0; e < entries; e++) {
            total[entryRank[e]] += entryAmount[e];
            bucketStart[entryRank[e] + 1]++;
        }
        for (int rank = 0; rank < recommended.length; rank++) {
            bucketStart[rank + 1] += bucketStart[rank];
        }
        int[] byRank = new int[entries];
        int[] fill = Arrays.copyOf(bucketStart, recommended.length);
        for (int e = 0; e < entries; e++) {
            byRank[fill[entryRank[e]]++] = e;
        }
        List<Explanation> explanations = new ArrayList<>(recommended.length);
        IdDictionary names = model.interactions().items();
        for (int rank = 0; rank < recommended.length; rank++) {
            rankOf[recommended[rank]] = 0;
            int[] best = largest(byRank, bucketStart[rank], bucketStart[rank + 1]);
            Reason[] reasons = new Reason[best.length];
            for (int r = 0; r < best.length; r++) {
                int e = best[r];
                reasons[r] = new Reason(entryItem[e], names.name(entryItem[e]), entryAmount[e],
                        total[rank] > 0 ? entryAmount[e] / total[rank] : 0);
            }
            explanations.add(new Explanation(rank, recommended[rank], names.name(recommended[rank]), total[rank],
                    List.of(reasons)));
        }
        return explanations;
    }

    /** Records every contribution of a bought item to a recommended one; returns how many. */
    private int gather(int user) {
        Interactions data = model.interactions();
        ItemNeighbours neighbours = model.neighbours();
        int entries = 0;
        for (int p = data.start(user); p < data.end(user); p++) {
            int bought = data.item(p);
            for (int q = neighbours.start(bought); q < neighbours.end(bought); q++) {
                int rank = rankOf[neighbours.neighbour(q)];
                if (rank > 0) {
                    if (entries == entryRank.length) {
                        grow();
                    }
                    entryRank[entries] = rank - 1;
                    entryItem[entries] = bought;
                    entryAmount[entries] = model.weight(p) * neighbours.similarity(q);
                    entries++;
                }
            }
        }
        return entries;
    }

    /** The entries among {@code byRank[from..to)} with the largest amounts (ties: lower item), largest first. */
    private int[] largest(int[] byRank, int from, int to) {
        int[] best = new int[Math.min(maxReasons, to - from)];
        int kept = 0;
        for (int k = from; k < to; k++) {
            int e = byRank[k];
            int slot = kept < best.length ? kept++ : best.length;
            while (slot > 0 && before(e, best[slot - 1])) {
                if (slot < best.length) {
                    best[slot] = best[slot - 1];
                }
                slot--;
            }
            if (slot < best.length) {
                best[slot] = e;
            }
        }
        return best;
    }

    private boolean before(int a, int b) {
        return entryAmount[a] > entryAmount[b] || entryAmount[a] == entryAmount[b] && entryItem[a] < entryItem[b];
    }

    private void grow() {
        entryRank = Arrays.copyOf(entryRank, entryRank.length * 2);
        entryItem = Arrays.copyOf(entryItem, entryItem.length * 2);
        entryAmount = Arrays.copyOf(entryAmount, entryAmount.length * 2);
    }
}

package org.marketingworkbench.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Splits each recommendation's score R(u, i) into the contributions w(u, j) * r(j, i) of the
 * customer's bought items j ("because you bought X and Y"). Holds scratch space: one explainer
 * per thread.
 */
public final class Explainer {
    private final ItemBasedModel model;
    private final int maxReasons;
    /** For each item, 1 + its rank in the current customer's list, or 0. */
    private final int[] rankOf;

    public Explainer(ItemBasedModel model, int maxReasons) {
        this.model = model;
        this.maxReasons = maxReasons;
        this.rankOf = new int[model.interactions().itemCount()];
    }

    /** The explanations of the customer's recommended items, in rank order. */
    public List<Explanation> explain(int user, Recommendations recommendations) {
        int[] recommended = recommendations.itemsOf(user);
        List<List<Reason>> contributions = new ArrayList<>();
        for (int rank = 0; rank < recommended.length; rank++) {
            rankOf[recommended[rank]] = rank + 1;
            contributions.add(new ArrayList<>());
        }
        Interactions data = model.interactions();
        ItemNeighbours neighbours = model.neighbours();
        for (int p = data.start(user); p < data.end(user); p++) {
            int bought = data.item(p);
            for (int q = neighbours.start(bought); q < neighbours.end(bought); q++) {
                int rank = rankOf[neighbours.neighbour(q)];
                if (rank > 0) {
                    double amount = model.weight(p) * neighbours.similarity(q);
                    contributions.get(rank - 1).add(new Reason(bought, data.items().name(bought), amount, 0));
                }
            }
        }
        List<Explanation> explanations = new ArrayList<>(recommended.length);
        for (int rank = 0; rank < recommended.length; rank++) {
            rankOf[recommended[rank]] = 0;
            explanations.add(explanation(rank, recommended[rank], contributions.get(rank)));
        }
        return explanations;
    }

    private Explanation explanation(int rank, int item, List<Reason> contributions) {
        double score = contributions.stream().mapToDouble(Reason::contribution).sum();
        Reason[] sorted = contributions.toArray(Reason[]::new);
        Arrays.sort(sorted, Comparator.comparingDouble(Reason::contribution).reversed()
                .thenComparingInt(Reason::item));
        List<Reason> reasons = new ArrayList<>();
        for (int r = 0; r < Math.min(maxReasons, sorted.length); r++) {
            Reason reason = sorted[r];
            reasons.add(new Reason(reason.item(), reason.name(), reason.contribution(),
                    score > 0 ? reason.contribution() / score : 0));
        }
        return new Explanation(rank, item, model.interactions().items().name(item), score, reasons);
    }
}

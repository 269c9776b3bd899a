package org.marketingworkbench.recommend;

import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;

/**
 * Behaviour-based recommendations: R(u, i) = sum over the items j of customer u of
 * w(u, j) * r(j, i), where r(j, i) is the similarity of j and i when i is among j's kept
 * neighbours (else 0) and w(u, j) the customer's weight for j (see {@link CustomerWeights}).
 * Items with R &gt; 0 are ranked; items already bought are left out unless the parameters say not to.
 */
public final class ItemBasedModel implements Recommender {
    private final Interactions data;
    private final ItemNeighbours neighbours;
    private final float[] weights;
    private final RecommendParameters parameters;

    private ItemBasedModel(Interactions data, ItemNeighbours neighbours, float[] weights,
            RecommendParameters parameters) {
        this.data = data;
        this.neighbours = neighbours;
        this.weights = weights;
        this.parameters = parameters;
    }

    /** Learns the item neighbours from the interactions. */
    public static ItemBasedModel fit(Interactions data, RecommendParameters parameters, Progress progress) {
        requireTwoItems(data);
        float[] weights = CustomerWeights.of(data, parameters);
        ItemNeighbours neighbours = SimilarityBuilder.build(data, parameters.similarity(), parameters.neighbours(),
                progress);
        return new ItemBasedModel(data, neighbours, weights, parameters);
    }

    static void requireTwoItems(Interactions data) {
        int used = 0;
        for (int count : data.itemCounts()) {
            used += count > 0 ? 1 : 0;
        }
        if (used < 2) {
            throw new BadInputException("recommend.error.oneItem");
        }
    }

    public Interactions interactions() {
        return data;
    }

    public ItemNeighbours neighbours() {
        return neighbours;
    }

    public RecommendParameters parameters() {
        return parameters;
    }

    /** w(u, j) of the interaction at {@code position}. */
    public double weight(int position) {
        return weights[position];
    }

    /** R(u, i), computed directly from the formula (bought items are not special here). */
    public double score(int user, int item) {
        double sum = 0;
        for (int p = data.start(user); p < data.end(user); p++) {
            sum += weights[p] * neighbours.similarity(data.item(p), item);
        }
        return sum;
    }

    /** The top N (from the parameters) for every customer. */
    public Recommendations recommendAll(Progress progress) {
        return recommend(Recommendations.everyone(data), parameters.top(), progress);
    }

    @Override
    public Recommendations recommend(int[] users, int top, Progress progress) {
        String message = Messages.get("recommend.progress.scoring");
        return Recommendations.collect(data, users, top, progress, message, () -> {
            ScoreAccumulator scores = new ScoreAccumulator(data.itemCount());
            int[] boughtBy = new int[data.itemCount()];
            java.util.Arrays.fill(boughtBy, -1);
            return (user, list) -> {
                accumulate(user, scores);
                for (int p = data.start(user); p < data.end(user); p++) {
                    boughtBy[data.item(p)] = parameters.excludeBought() ? user : -1;
                }
                for (int t = 0; t < scores.touchedCount(); t++) {
                    int item = scores.touched(t);
                    double score = scores.score(item);
                    if (score > 0 && boughtBy[item] != user) {
                        list.offer(item, score);
                    }
                }
            };
        });
    }

    /** Scatters the customer's weighted neighbour similarities into {@code scores}. */
    void accumulate(int user, ScoreAccumulator scores) {
        scores.reset();
        for (int p = data.start(user); p < data.end(user); p++) {
            double weight = weights[p];
            int j = data.item(p);
            for (int q = neighbours.start(j); q < neighbours.end(j); q++) {
                scores.add(neighbours.neighbour(q), weight * neighbours.similarity(q));
            }
        }
    }
}

package org.marketingworkbench.recommend;

import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;

/**
 * Blends behaviour and content: score = a * B(u, i) / max B + (1 - a) * C(u, i) / max C, where B
 * is the item-based score, C the content cosine, and each is divided by its largest value over
 * the customer's candidate items (max-normalised per customer, so the best candidate of each
 * part scores 1 and a part with no evidence adds 0). a = 1 is pure behaviour, a = 0 pure content.
 */
public final class HybridRecommender implements Recommender {
    private final ItemBasedModel behaviour;
    private final ContentModel content;
    private final double alpha;

    public HybridRecommender(ItemBasedModel behaviour, ContentModel content, double alpha) {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new BadInputException("recommend.error.alpha", alpha);
        }
        if (content.itemCount() != behaviour.interactions().itemCount()) {
            throw new IllegalArgumentException("the content model was built for another catalogue");
        }
        this.behaviour = behaviour;
        this.content = content;
        this.alpha = alpha;
    }

    /** Trains the hybrid on each evaluation split: the item-based part on the training data, the same content. */
    public static Evaluator.ModelFactory factory(RecommendParameters parameters, ContentModel content, double alpha) {
        return (training, progress) -> new HybridRecommender(ItemBasedModel.fit(training, parameters, progress),
                content, alpha);
    }

    public double alpha() {
        return alpha;
    }

    /** Receives one candidate item's blended score. */
    @FunctionalInterface
    interface Sink {
        void accept(int item, double score);
    }

    /** The blended score of every item for one customer (0 for items left out or without evidence). */
    public double[] scores(int user) {
        double[] dense = new double[behaviour.interactions().itemCount()];
        new Scratch().blend(user, (item, score) -> dense[item] = score);
        return dense;
    }

    @Override
    public Recommendations recommend(int[] users, int top, Progress progress) {
        String message = Messages.get("recommend.progress.scoring");
        return Recommendations.collect(behaviour.interactions(), users, top, progress, message, () -> {
            Scratch scratch = new Scratch();
            return (user, list) -> scratch.blend(user, (item, score) -> {
                if (score > 0) {
                    list.offer(item, score);
                }
            });
        });
    }

    /** Per-thread score rows. */
    private final class Scratch {
        private final ScoreAccumulator behaviourScores = new ScoreAccumulator(content.itemCount());
        private final ScoreAccumulator contentScores = new ScoreAccumulator(content.itemCount());
        private final ScoreAccumulator profile = new ScoreAccumulator(content.featureCount());

        void blend(int user, Sink sink) {
            Interactions data = behaviour.interactions();
            behaviour.accumulate(user, behaviourScores);
            content.score(data, behaviour, user, profile, contentScores);
            double behaviourMax = max(user, behaviourScores);
            double contentMax = max(user, contentScores);
            for (int t = 0; t < behaviourScores.touchedCount(); t++) {
                int item = behaviourScores.touched(t);
                if (candidate(user, item)) {
                    sink.accept(item, blend(item, behaviourMax, contentMax));
                }
            }
            for (int t = 0; t < contentScores.touchedCount(); t++) {
                int item = contentScores.touched(t);
                if (!behaviourScores.reached(item) && candidate(user, item)) {
                    sink.accept(item, blend(item, behaviourMax, contentMax));
                }
            }
        }

        private double blend(int item, double behaviourMax, double contentMax) {
            double b = behaviourMax > 0 ? behaviourScores.score(item) / behaviourMax : 0;
            double c = contentMax > 0 ? contentScores.score(item) / contentMax : 0;
            return alpha * b + (1 - alpha) * c;
        }

        private double max(int user, ScoreAccumulator scores) {
            double max = 0;
            for (int t = 0; t < scores.touchedCount(); t++) {
                int item = scores.touched(t);
                if (candidate(user, item)) {
                    max = Math.max(max, scores.score(item));
                }
            }
            return max;
        }

        private boolean candidate(int user, int item) {
            return !(behaviour.parameters().excludeBought() && behaviour.interactions().contains(user, item));
        }
    }
}

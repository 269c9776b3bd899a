package org.marketingworkbench.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.CancelledException;
import org.marketingworkbench.common.Progress;

/** Determinism, cancel and bad input across the recommender. */
class RobustnessTest {

    private static Interactions data() {
        return SimilarityBruteForceTest.randomInteractions(31);
    }

    @Test
    void theSameSeedGivesTheSameEvaluationAndLists() {
        Interactions data = data();
        RecommendParameters parameters = RecommendParameters.defaults().withNeighbours(5).withTop(3);
        EvaluationResult first = Evaluator.evaluate(data, parameters, Holdout.random(0.2, 9), Progress.none());
        EvaluationResult second = Evaluator.evaluate(data, parameters, Holdout.random(0.2, 9), Progress.none());
        assertThat(second).isEqualTo(first);

        ItemBasedModel model = ItemBasedModel.fit(data, parameters, Progress.none());
        Recommendations a = model.recommendAll(Progress.none());
        Recommendations b = model.recommendAll(Progress.none());
        for (int user = 0; user < data.userCount(); user++) {
            assertThat(b.itemsOf(user)).isEqualTo(a.itemsOf(user));
        }
    }

    @Test
    void anotherSeedHoldsOutOtherInteractions() {
        Interactions data = data();
        HoldoutSplit one = HoldoutSplit.of(data, Holdout.random(0.2, 9));
        HoldoutSplit other = HoldoutSplit.of(data, Holdout.random(0.2, 10));
        boolean differs = false;
        for (int user : one.testedUsers()) {
            differs |= !java.util.Arrays.equals(one.heldOut(user), other.heldOut(user));
        }
        assertThat(differs).isTrue();
    }

    @Test
    void cancellingMidwayStopsTheEvaluation() {
        AtomicInteger reports = new AtomicInteger();
        Progress cancelAfterFirstReport = new Progress() {
            @Override
            public void update(double done, double total, String message) {
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return reports.get() > 0;
            }
        };
        assertThatThrownBy(() -> Evaluator.evaluate(data(), RecommendParameters.defaults(), Holdout.random(0.2, 1),
                cancelAfterFirstReport)).isInstanceOf(CancelledException.class);
    }

    @Test
    void aCancelledProgressStopsEveryLongStep() {
        Progress cancelled = new Progress() {
            @Override
            public void update(double done, double total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        Interactions data = data();
        assertThatThrownBy(() -> InteractionReader.read(Tables.quantities("A x 1"),
                InteractionColumns.of("customer", "item"), cancelled)).isInstanceOf(CancelledException.class);
        assertThatThrownBy(() -> SimilarityBuilder.build(data, Similarity.COSINE, 5, cancelled))
                .isInstanceOf(CancelledException.class);
        ItemBasedModel model = ItemBasedModel.fit(data, RecommendParameters.defaults(), Progress.none());
        assertThatThrownBy(() -> model.recommendAll(cancelled)).isInstanceOf(CancelledException.class);
    }

    @Test
    void progressReachesTheEnd() {
        double[] last = new double[1];
        Progress progress = new Progress() {
            @Override
            public synchronized void update(double done, double total, String message) {
                last[0] = Math.max(last[0], done / total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        RecommendAnalysis.run(data(), RecommendParameters.defaults(), Holdout.random(0.2, 1), progress);
        assertThat(last[0]).isEqualTo(1.0);
    }

    @Test
    void oneItemOnlyIsBadInput() {
        Interactions one = Tables.interactions("A x 1", "B x 2");
        assertThatThrownBy(() -> ItemBasedModel.fit(one, RecommendParameters.defaults(), Progress.none()))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).key()).isEqualTo("recommend.error.oneItem");
    }

    @Test
    void topAndNeighboursMustBePositive() {
        assertThatThrownBy(() -> RecommendParameters.defaults().withTop(0))
                .isInstanceOf(BadInputException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> RecommendParameters.defaults().withTop(-3))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> RecommendParameters.defaults().withNeighbours(0))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void adjustedCosineOnImplicitDataIsBadInput() {
        Interactions implicit = InteractionReader.read(Tables.quantities("A x 1", "A y 1"),
                InteractionColumns.of("customer", "item"), Progress.none());
        assertThatThrownBy(() -> ItemBasedModel.fit(implicit,
                RecommendParameters.defaults().withSimilarity(Similarity.ADJUSTED_COSINE), Progress.none()))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).key()).isEqualTo("recommend.error.adjustedNeedsValues");
    }

    @Test
    void holdingOutTheLastNeedsDatesAndRepeatCustomers() {
        assertThatThrownBy(() -> HoldoutSplit.of(data(), Holdout.last(1)))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).key()).isEqualTo("recommend.error.holdoutNeedsDates");
        assertThatThrownBy(() -> HoldoutSplit.of(Tables.interactions("A x 1", "B y 1"), Holdout.random(0.2, 1)))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).key()).isEqualTo("recommend.error.nothingToTest");
    }

    @Test
    void unknownNamesAreBadInputInBothLanguages() {
        assertThatThrownBy(() -> Similarity.fromId("euclid")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("cosine, adjusted-cosine or jaccard");
        assertThatThrownBy(() -> Holdout.fromId("first", 1)).isInstanceOf(BadInputException.class);
        assertThat(org.marketingworkbench.i18n.Messages.get(java.util.Locale.SIMPLIFIED_CHINESE,
                "recommend.error.oneItem")).contains("商品");
    }
}

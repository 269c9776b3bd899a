package org.marketingworkbench.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;

/**
 * Four customers and five items, worked by hand. Quantities (customer: item=value):
 * <pre>
 *   A: p=1 q=2        B: p=2 q=1 r=1        C: q=1 r=2 s=1        D: p=1 s=2 t=1
 * </pre>
 * Item vectors over (A, B, C, D): p=(1,2,0,1) q=(2,1,1,0) r=(0,1,2,0) s=(0,0,1,2) t=(0,0,0,1);
 * squared norms p 6, q 6, r 5, s 5, t 1.
 * Cosines: p.q=4 -> 4/6 = 0.666667; p.r=2 -> 2/sqrt(30) = 0.365148; p.s=2 -> 0.365148;
 * p.t=1 -> 1/sqrt(6) = 0.408248; q.r=3 -> 3/sqrt(30) = 0.547723; q.s=1 -> 1/sqrt(30) = 0.182574;
 * q.t=0; r.s=2 -> 2/5 = 0.4; r.t=0; s.t=2 -> 2/sqrt(5) = 0.894427.
 */
class HandWorkedExampleTest {
    private static final double EPS = 1e-6;

    private static Interactions data() {
        return Tables.interactions("A p 1", "A q 2", "B p 2", "B q 1", "B r 1", "C q 1", "C r 2", "C s 1",
                "D p 1", "D s 2", "D t 1");
    }

    private static ItemBasedModel model(int neighbours) {
        return ItemBasedModel.fit(data(), RecommendParameters.defaults().withNeighbours(neighbours).withTop(2),
                Progress.none());
    }

    private static int item(String name) {
        return data().items().indexOf(name);
    }

    @Test
    void cosineSimilaritiesMatchTheHandComputation() {
        ItemNeighbours all = model(4).neighbours();
        assertThat(all.similarity(item("p"), item("q"))).isCloseTo(4.0 / 6, within(EPS));
        assertThat(all.similarity(item("p"), item("r"))).isCloseTo(2 / Math.sqrt(30), within(EPS));
        assertThat(all.similarity(item("p"), item("t"))).isCloseTo(1 / Math.sqrt(6), within(EPS));
        assertThat(all.similarity(item("q"), item("r"))).isCloseTo(3 / Math.sqrt(30), within(EPS));
        assertThat(all.similarity(item("q"), item("s"))).isCloseTo(1 / Math.sqrt(30), within(EPS));
        assertThat(all.similarity(item("r"), item("s"))).isCloseTo(0.4, within(EPS));
        assertThat(all.similarity(item("s"), item("t"))).isCloseTo(2 / Math.sqrt(5), within(EPS));
        // q and t, r and t share no customer: not neighbours at all.
        assertThat(all.similarity(item("q"), item("t"))).isZero();
        assertThat(all.similarity(item("r"), item("t"))).isZero();
    }

    /**
     * With k = 2 each item keeps its two most similar items:
     * p: q .6667, t .4082 | q: p .6667, r .5477 | r: q .5477, s .4 | s: t .8944, r .4 | t: s .8944, p .4082.
     */
    @Test
    void twoNeighboursKeepTheTwoMostSimilarItems() {
        ItemNeighbours kept = model(2).neighbours();
        assertThat(names(kept, "p")).containsExactly("q", "t");
        assertThat(names(kept, "q")).containsExactly("p", "r");
        assertThat(names(kept, "r")).containsExactly("q", "s");
        assertThat(names(kept, "s")).containsExactly("t", "r");
        assertThat(names(kept, "t")).containsExactly("s", "p");
    }

    /**
     * R(u, i) = sum over bought j of w(u, j) * r(j, i), k = 2, bought items left out:
     * A (p=1, q=2): r = 1*0 + 2*0.547723 = 1.095445; t = 1*0.408248 + 2*0 = 0.408248; s = 0 (not listed).
     * B (p=2, q=1, r=1): t = 2*0.408248 = 0.816497; s = 1*0.4 (via r) = 0.4.
     * C (q=1, r=2, s=1): t = 1*0.894427 (via s) = 0.894427; p = 1*0.666667 (via q) = 0.666667.
     * D (p=1, s=2, t=1): r = 2*0.4 (via s) = 0.8; q = 1*0.666667 (via p) = 0.666667.
     */
    @Test
    void scoresFollowTheFormulaForEveryCustomer() {
        ItemBasedModel model = model(2);
        Recommendations lists = model.recommendAll(Progress.none());
        assertList(lists, "A", List.of("r", "t"), 2 * 3 / Math.sqrt(30), 1 / Math.sqrt(6));
        assertList(lists, "B", List.of("t", "s"), 2 / Math.sqrt(6), 0.4);
        assertList(lists, "C", List.of("t", "p"), 2 / Math.sqrt(5), 4.0 / 6);
        assertList(lists, "D", List.of("r", "q"), 2 * 0.4, 4.0 / 6);
        assertThat(model.score(user("A"), item("s"))).isZero();
    }

    /** Keeping all neighbours (k = 4), A's r = 1*0.365148 + 2*0.547723 = 8/sqrt(30): q gives 6/8, p 2/8. */
    @Test
    void explanationsSplitTheScoreIntoTheBoughtItemsShares() {
        ItemBasedModel model = model(4);
        Recommendations lists = model.recommendAll(Progress.none());
        Explanation first = new Explainer(model, 3).explain(user("A"), lists).get(0);

        assertThat(first.name()).isEqualTo("r");
        assertThat(first.score()).isCloseTo(8 / Math.sqrt(30), within(EPS));
        assertThat(first.reasons()).extracting(Reason::name).containsExactly("q", "p");
        assertThat(first.reasons().get(0).share()).isCloseTo(0.75, within(EPS));
        assertThat(first.reasons().get(1).share()).isCloseTo(0.25, within(EPS));
        assertThat(first.because()).isEqualTo("q (75%); p (25%)");
        assertThat(first.sentence()).isEqualTo("Because you bought q (75%) and p (25%)");
    }

    /** Jaccard on who bought: p {A,B,D}, q {A,B,C}: 2 shared of 4 = 0.5; s {C,D}, t {D}: 1 of 2 = 0.5; r {B,C}, s: 1 of 3. */
    @Test
    void jaccardCountsSharedCustomers() {
        ItemNeighbours jaccard = SimilarityBuilder.build(data(), Similarity.JACCARD, 4, Progress.none());
        assertThat(jaccard.similarity(item("p"), item("q"))).isCloseTo(0.5, within(EPS));
        assertThat(jaccard.similarity(item("s"), item("t"))).isCloseTo(0.5, within(EPS));
        assertThat(jaccard.similarity(item("r"), item("s"))).isCloseTo(1.0 / 3, within(EPS));
    }

    private static void assertList(Recommendations lists, String customer, List<String> items, double first,
            double second) {
        int user = user(customer);
        assertThat(lists.count(user)).isEqualTo(2);
        assertThat(List.of(lists.items().name(lists.item(user, 0)), lists.items().name(lists.item(user, 1))))
                .as(customer).isEqualTo(items);
        assertThat((double) lists.score(user, 0)).isCloseTo(first, within(EPS));
        assertThat((double) lists.score(user, 1)).isCloseTo(second, within(EPS));
    }

    private static int user(String name) {
        return data().users().indexOf(name);
    }

    private static List<String> names(ItemNeighbours neighbours, String item) {
        Interactions data = data();
        int j = data.items().indexOf(item);
        return java.util.stream.IntStream.range(neighbours.start(j), neighbours.end(j))
                .mapToObj(q -> data.items().name(neighbours.neighbour(q))).toList();
    }
}

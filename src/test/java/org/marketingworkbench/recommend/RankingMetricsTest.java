package org.marketingworkbench.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;

/**
 * Metrics on a tiny case, N = 3, catalogue a..h (8 items). Held out and recommended:
 * <pre>
 *   X: held out {a};    list [b, a, c] -> 1 hit at rank 2
 *   Y: held out {d, e}; list [d, f, g] -> 1 hit at rank 1
 *   Z: held out {a};    list []        -> nothing
 * </pre>
 * precision: X 1/3, Y 1/3, Z 0 -> mean 2/9 = 0.222222
 * recall:    X 1,   Y 1/2, Z 0 -> mean 1/2
 * hit rate:  2 of 3 = 0.666667
 * NDCG: X DCG 1/log2(3) = 0.630930, IDCG 1 -> 0.630930; Y DCG 1, IDCG 1 + 1/log2(3) = 1.630930 -> 0.613147;
 *       Z 0 -> mean 0.414692
 * coverage: {a, b, c, d, f, g} = 6 of 8 = 0.75
 */
class RankingMetricsTest {

    @Test
    void metricsEqualTheHandComputation() {
        Interactions data = Tables.interactions("X a 1", "X h 1", "Y d 1", "Y e 1", "Y h 1", "Z a 1", "Z h 1",
                "W b 1", "W c 1", "W f 1", "W g 1");
        boolean[] heldOut = new boolean[data.size()];
        hold(data, heldOut, "X", "a");
        hold(data, heldOut, "Y", "d");
        hold(data, heldOut, "Y", "e");
        hold(data, heldOut, "Z", "a");
        HoldoutSplit split = HoldoutSplit.of(data, heldOut);
        Map<String, List<String>> lists = Map.of("X", List.of("b", "a", "c"), "Y", List.of("d", "f", "g"),
                "Z", List.of());
        Recommendations recommendations = Recommendations.collect(data, split.testedUsers(), 3, Progress.none(), "",
                () -> (user, list) -> {
                    List<String> names = lists.get(data.users().name(user));
                    for (int rank = 0; rank < names.size(); rank++) {
                        list.offer(data.items().indexOf(names.get(rank)), 10 - rank);
                    }
                });

        Metrics metrics = RankingMetrics.of(recommendations, split, 3);

        double discount = 1 / (Math.log(3) / Math.log(2));
        assertThat(metrics.precisionAtN()).isCloseTo(2.0 / 9, within(1e-12));
        assertThat(metrics.recallAtN()).isCloseTo(0.5, within(1e-12));
        assertThat(metrics.hitRate()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(metrics.ndcg()).isCloseTo((discount + 1 / (1 + discount)) / 3, within(1e-12));
        assertThat(metrics.ndcg()).isCloseTo(0.414692, within(1e-6));
        assertThat(metrics.coverage()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void lastHoldoutHidesEachCustomersLatestInteractionAndTestsOnlyRepeatCustomers() {
        tech.tablesaw.api.Table table = Tables.quantities("A x 1", "A y 1", "A z 1", "B x 1", "B y 1", "C z 1");
        table.addColumns(tech.tablesaw.api.DateColumn.create("date", List.of(java.time.LocalDate.of(2024, 1, 1),
                java.time.LocalDate.of(2024, 3, 1), java.time.LocalDate.of(2024, 2, 1),
                java.time.LocalDate.of(2024, 5, 1), java.time.LocalDate.of(2024, 4, 1),
                java.time.LocalDate.of(2024, 6, 1))));
        Interactions data = InteractionReader.read(table,
                InteractionColumns.of("customer", "item").withDate("date"), Progress.none());

        HoldoutSplit split = HoldoutSplit.of(data, Holdout.last(1));

        assertThat(split.testedUsers()).containsExactly(0, 1);
        assertThat(split.heldOut(0)).containsExactly(data.items().indexOf("y"));
        assertThat(split.heldOut(1)).containsExactly(data.items().indexOf("x"));
        assertThat(split.training().count(2)).isEqualTo(1);
        assertThat(split.training().size()).isEqualTo(4);
    }

    @Test
    void randomHoldoutTakesTwentyPercentOfEachCustomerButNeverAll() {
        java.util.List<String> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add("A i" + i + " 1");
        }
        rows.add("B i0 1");
        rows.add("B i1 1");
        Interactions data = Tables.interactions(rows.toArray(String[]::new));

        HoldoutSplit split = HoldoutSplit.of(data, Holdout.random(0.2, 5));

        // A: round(0.2 * 10) = 2 held out; B: round(0.4) = 0, raised to 1, leaving 1 for training.
        assertThat(split.heldOut(0)).hasSize(2);
        assertThat(split.heldOut(1)).hasSize(1);
        assertThat(split.training().count(1)).isEqualTo(1);
    }

    private static void hold(Interactions data, boolean[] heldOut, String user, String item) {
        int u = data.users().indexOf(user);
        for (int p = data.start(u); p < data.end(u); p++) {
            if (data.item(p) == data.items().indexOf(item)) {
                heldOut[p] = true;
            }
        }
    }
}

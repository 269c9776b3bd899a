package org.marketingworkbench.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.Table;

/**
 * groceries.csv (arules' Groceries, shared/datasets/README.md) read as interactions: each of the
 * 9,835 baskets is a customer; one item per basket is held out at random (seed 42) and the 7,676
 * baskets with two or more items are tested. The expected figures come from an independent NumPy
 * implementation, src/test/resources/peers/recommend/groceries_item_based.py, run on the same split
 * (groceries-holdout-seed42.csv) and saved as groceries-hit-rates.csv.
 */
class GroceriesEvaluationTest {
    private static Interactions groceries;

    @BeforeAll
    static void read() throws URISyntaxException {
        Table baskets = BasketTable.read(resource("/datasets/groceries/groceries.csv"), StandardCharsets.UTF_8, ",",
                Progress.none());
        groceries = InteractionReader.read(baskets, InteractionColumns.of(BasketTable.BASKET_COLUMN,
                BasketTable.ITEM_COLUMN), Progress.none());
    }

    @Test
    void basketsBecomeCustomersWithItemNamesKeptExactly() {
        assertThat(groceries.userCount()).isEqualTo(9_835);
        assertThat(groceries.itemCount()).isEqualTo(169);
        assertThat(groceries.items().indexOf("cream cheese ")).isNotNegative();
        assertThat(groceries.items().indexOf("roll products ")).isNotNegative();
        // Item counts from the datasets README: whole milk 2,513; other vegetables 1,903.
        int[] counts = groceries.itemCounts();
        assertThat(counts[groceries.items().indexOf("whole milk")]).isEqualTo(2_513);
        assertThat(counts[groceries.items().indexOf("other vegetables")]).isEqualTo(1_903);
    }

    @Test
    void theLeaveOneOutSplitIsTheOneThePeerUsed() throws Exception {
        HoldoutSplit split = HoldoutSplit.of(groceries, Holdout.leaveOneOut(42));
        List<String> saved = Files.readAllLines(resource("/peers/recommend/groceries-holdout-seed42.csv"),
                StandardCharsets.UTF_8);
        List<String> ours = new ArrayList<>();
        ours.add("basket,item");
        for (int user : split.testedUsers()) {
            for (int item : split.heldOut(user)) {
                ours.add(groceries.users().name(user) + ",\"" + groceries.items().name(item) + "\"");
            }
        }
        assertThat(ours).isEqualTo(saved);
    }

    /** Peer: item-based hit rate@10 0.3817092236, popularity 0.3784523189 (groceries-hit-rates.csv). */
    @Test
    void itemBasedBeatsPopularityOnHitRateAtTen() {
        EvaluationResult result = Evaluator.evaluate(groceries, RecommendParameters.defaults(),
                Holdout.leaveOneOut(42), Progress.none());

        assertThat(result.testedUsers()).isEqualTo(7_676);
        assertThat(result.untestedUsers()).isEqualTo(2_159);
        assertThat(result.model().hitRate()).isCloseTo(0.3817092236, within(1e-9));
        assertThat(result.popularity().hitRate()).isCloseTo(0.3784523189, within(1e-9));
        assertThat(result.model().hitRate()).isGreaterThan(result.popularity().hitRate());
        assertThat(result.model().ndcg()).isCloseTo(0.2107101391, within(1e-9));
        assertThat(result.popularity().ndcg()).isCloseTo(0.2069244816, within(1e-9));
        assertThat(result.random().hitRate()).isLessThan(result.popularity().hitRate());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(GroceriesEvaluationTest.class.getResource(name).toURI());
    }
}

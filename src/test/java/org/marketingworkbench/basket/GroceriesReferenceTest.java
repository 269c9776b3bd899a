package org.marketingworkbench.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marketingworkbench.common.Progress;

/**
 * The Groceries figures of arules apriori as published in the arulesViz documentation and
 * Lantz, Machine Learning with R (listed in the datasets README).
 */
class GroceriesReferenceTest {

    private static BasketAnalysis mine(MiningParameters parameters) {
        return BasketMiner.mine(Groceries.transactions(), parameters, Progress.none());
    }

    @Test
    void readsEveryBasketAndItemKeepingTrailingSpaces() {
        Transactions groceries = Groceries.transactions();

        assertThat(groceries.basketCount()).isEqualTo(9835);
        assertThat(groceries.itemCount()).isEqualTo(169);
        assertThat(groceries.items()).contains("cream cheese ", "roll products ");
    }

    @Test
    void countsTheMostFrequentItemsAsArulesDoes() {
        BasketAnalysis analysis = mine(MiningParameters.of(0.05, 0.8));

        Map<String, Integer> top = analysis.topItems(5).stream()
                .collect(Collectors.toMap(ItemCount::item, ItemCount::count, Integer::sum, LinkedHashMap::new));
        assertThat(top).containsExactly(entry("whole milk", 2513), entry("other vegetables", 1903),
                entry("rolls/buns", 1809), entry("soda", 1715), entry("yogurt", 1372));
    }

    @ParameterizedTest
    @CsvSource({"0.05, 31", "0.02, 122", "0.01, 333", "0.005, 1001", "0.001, 13492"})
    void findsAsManyFrequentItemsetsAsArules(double minSupport, int itemsets) {
        assertThat(mine(MiningParameters.of(minSupport, 1)).itemsets()).hasSize(itemsets);
    }

    @Test
    void supportOnePerMilleAndConfidenceEightyPercentGive410Rules() {
        BasketAnalysis analysis = mine(MiningParameters.of(0.001, 0.8));

        assertThat(analysis.minCount()).isEqualTo(10); // ceil(0.001 x 9835 = 9.835)
        assertThat(analysis.rules()).hasSize(410);
        assertThat(analysis.rulesByLength()).containsExactly(entry(3, 29), entry(4, 229), entry(5, 140), entry(6, 12));
    }

    @Test
    void theTopRuleByLiftMatchesArulesToItsPrintedPrecision() {
        AssociationRule top = mine(MiningParameters.of(0.001, 0.8)).topRules(1).get(0);

        assertThat(top.antecedent()).containsExactly("liquor", "red/blush wine");
        assertThat(top.consequent()).containsExactly("bottled beer");
        assertThat(String.format(java.util.Locale.ROOT, "%.9f", top.support())).isEqualTo("0.001931876");
        assertThat(String.format(java.util.Locale.ROOT, "%.7f", top.confidence())).isEqualTo("0.9047619");
        assertThat(String.format(java.util.Locale.ROOT, "%.5f", top.lift())).isEqualTo("11.23527");
    }

    @Test
    void supportOnePerMilleAndConfidenceHalfGive5668Rules() {
        BasketAnalysis analysis = mine(MiningParameters.of(0.001, 0.5));

        assertThat(analysis.rules()).hasSize(5668);
        assertThat(analysis.rulesByLength()).containsExactly(entry(2, 11), entry(3, 1461), entry(4, 3211),
                entry(5, 939), entry(6, 46));
    }

    @Test
    void minimumLengthTwoDropsTheEmptyLeftSideRulesAsArulesDoes() {
        BasketAnalysis analysis = mine(MiningParameters.of(0.006, 0.25).withLengths(2, 0));

        assertThat(analysis.rules()).hasSize(463);
        assertThat(analysis.rulesByLength()).containsExactly(entry(2, 150), entry(3, 297), entry(4, 16));
    }

    @Test
    void minimumLengthOneKeepsTheRuleOfAnEmptyLeftSide() {
        // arules' default minlen = 1 adds {} => {whole milk}: its confidence is the item's
        // support 2513 / 9835 = 0.2555 >= 0.25, the only item that frequent (the next, other
        // vegetables, has 1903 / 9835 = 0.1935)
        BasketAnalysis analysis = mine(MiningParameters.of(0.006, 0.25));

        assertThat(analysis.rules()).hasSize(464);
        assertThat(analysis.rules()).filteredOn(rule -> rule.antecedent().isEmpty())
                .singleElement().satisfies(rule -> {
                    assertThat(rule.consequent()).containsExactly("whole milk");
                    assertThat(rule.lift()).isEqualTo(1.0);
                });
    }
}

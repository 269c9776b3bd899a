package org.marketingworkbench.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;

/**
 * Five baskets worked by hand. N = 5; bread 4, milk 4, butter 3, eggs 2 baskets;
 * pairs bread+milk 3 (1, 2, 5), bread+butter 3 (2, 3, 5), butter+milk 2 (2, 5), eggs+milk 2 (4, 5),
 * bread+eggs 1, butter+eggs 1; bread+butter+milk 2 (2, 5). At support 0.4 the least count is
 * ceil(0.4 x 5) = 2: 4 items, 4 pairs and 1 triple are frequent, 9 itemsets.
 */
class HandExampleTest {
    static final Transactions BASKETS = Transactions.of(List.of(
            List.of("bread", "milk"),
            List.of("bread", "butter", "milk"),
            List.of("bread", "butter"),
            List.of("milk", "eggs"),
            List.of("bread", "butter", "milk", "eggs")));

    private static BasketAnalysis mine(MiningParameters parameters) {
        return BasketMiner.mine(BASKETS, parameters, Progress.none());
    }

    private static AssociationRule rule(BasketAnalysis analysis, String label) {
        return analysis.rules().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void findsTheNineFrequentItemsets() {
        BasketAnalysis analysis = mine(MiningParameters.of(0.4, 0));

        assertThat(analysis.minCount()).isEqualTo(2);
        assertThat(analysis.itemsetsByLength()).containsExactly(entry(1, 4), entry(2, 4), entry(3, 1));
        assertThat(analysis.itemsets().get(0)).isEqualTo(new FrequentItemset(List.of("bread"), 4, 0.8));
        assertThat(analysis.itemsets()).contains(new FrequentItemset(List.of("bread", "butter", "milk"), 2, 0.4));
    }

    @Test
    void measuresEachRuleAsWorkedByHand() {
        BasketAnalysis analysis = mine(MiningParameters.of(0.4, 0).withLengths(2, 0));

        // {bread} => {butter}: support 3/5 = 0.6, confidence 3/4 = 0.75, lift 0.75 / (3/5) = 1.25,
        // leverage 0.6 - 0.8 x 0.6 = 0.12, conviction (1 - 0.6) / (1 - 0.75) = 1.6
        AssociationRule breadButter = rule(analysis, "{bread} => {butter}");
        assertThat(breadButter.count()).isEqualTo(3);
        assertThat(breadButter.support()).isCloseTo(0.6, within(1e-12));
        assertThat(breadButter.confidence()).isCloseTo(0.75, within(1e-12));
        assertThat(breadButter.lift()).isCloseTo(1.25, within(1e-12));
        assertThat(breadButter.leverage()).isCloseTo(0.12, within(1e-12));
        assertThat(breadButter.conviction()).isCloseTo(1.6, within(1e-12));
        // {butter} => {bread}: confidence 3/3 = 1, so conviction is infinite; lift 1 / 0.8 = 1.25
        AssociationRule butterBread = rule(analysis, "{butter} => {bread}");
        assertThat(butterBread.confidence()).isEqualTo(1.0);
        assertThat(butterBread.conviction()).isEqualTo(Double.POSITIVE_INFINITY);
        // {bread} => {milk}: confidence 3/4, lift 0.75 / 0.8 = 0.9375, leverage 0.6 - 0.8 x 0.8 = -0.04,
        // conviction (1 - 0.8) / (1 - 0.75) = 0.8
        AssociationRule breadMilk = rule(analysis, "{bread} => {milk}");
        assertThat(breadMilk.lift()).isCloseTo(0.9375, within(1e-12));
        assertThat(breadMilk.leverage()).isCloseTo(-0.04, within(1e-12));
        assertThat(breadMilk.conviction()).isCloseTo(0.8, within(1e-12));
        // {bread, milk} => {butter}: support 2/5, confidence 2/3, lift (2/3) / 0.6 = 1.1111,
        // leverage 0.4 - 0.6 x 0.6 = 0.04, conviction 0.4 / (1/3) = 1.2
        AssociationRule triple = rule(analysis, "{bread, milk} => {butter}");
        assertThat(triple.support()).isCloseTo(0.4, within(1e-12));
        assertThat(triple.confidence()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(triple.lift()).isCloseTo(10.0 / 9, within(1e-12));
        assertThat(triple.leverage()).isCloseTo(0.04, within(1e-12));
        assertThat(triple.conviction()).isCloseTo(1.2, within(1e-12));
        assertThat(triple.length()).isEqualTo(3);
    }

    @Test
    void keepsOneItemOnTheRightByDefault() {
        // 4 pairs x 2 splits + the triple's 3 single-item right sides = 11
        BasketAnalysis analysis = mine(MiningParameters.of(0.4, 0).withLengths(2, 0));

        assertThat(analysis.rules()).hasSize(11).allSatisfy(r -> assertThat(r.consequent()).hasSize(1));
    }

    @Test
    void severalItemsOnTheRightAddTheTriplesOtherSplits() {
        // 8 pair rules + 6 splits of the triple; {bread} => {butter, milk}: confidence 2/4 = 0.5,
        // lift 0.5 / (2/5) = 1.25
        BasketAnalysis analysis = mine(MiningParameters.of(0.4, 0).withLengths(2, 0).withMultiConsequent(true));

        assertThat(analysis.rules()).hasSize(14);
        AssociationRule twoOnTheRight = rule(analysis, "{bread} => {butter, milk}");
        assertThat(twoOnTheRight.confidence()).isCloseTo(0.5, within(1e-12));
        assertThat(twoOnTheRight.lift()).isCloseTo(1.25, within(1e-12));
    }

    @Test
    void confidenceAtTheLimitIsKept() {
        // confidence >= 0.75 keeps bread=>butter, bread=>milk, milk=>bread (0.75 each) and
        // butter=>bread, eggs=>milk, {butter, milk}=>bread (1 each); 2/3 and 1/2 are dropped
        assertThat(mine(MiningParameters.of(0.4, 0.75).withLengths(2, 0)).rules()).hasSize(6);
    }

    @Test
    void minimumLengthOneAddsTheEmptyLeftSideOfFrequentEnoughItems() {
        // {} => {bread} and {} => {milk}: confidence 4/5 = 0.8 >= 0.75; butter (0.6) and eggs (0.4) are not
        BasketAnalysis analysis = mine(MiningParameters.of(0.4, 0.75));

        assertThat(analysis.rules()).hasSize(8);
        assertThat(rule(analysis, "{} => {bread}").lift()).isEqualTo(1.0);
    }

    @Test
    void minimumLiftDropsRulesBelowIt() {
        // lift 1.25: bread=>butter, butter=>bread, eggs=>milk, milk=>eggs, {butter, milk}=>bread;
        // {bread, milk}=>butter has 1.111 and the rest less
        BasketAnalysis analysis = mine(MiningParameters.of(0.4, 0).withLengths(2, 0).withMinLift(1.2));

        assertThat(analysis.rules()).hasSize(5).allSatisfy(r -> assertThat(r.lift()).isCloseTo(1.25, within(1e-12)));
    }

    @Test
    void maximumLengthStopsAtPairs() {
        BasketAnalysis analysis = mine(MiningParameters.of(0.4, 0).withLengths(2, 2));

        assertThat(analysis.itemsets()).hasSize(8);
        assertThat(analysis.rules()).hasSize(8);
    }

    @Test
    void anAbsoluteCountWorksLikeTheFraction() {
        BasketAnalysis analysis = mine(MiningParameters.of(MinimumSupport.count(2)).withMinConfidence(0));

        assertThat(analysis.itemsets()).hasSize(9);
    }

    @Test
    void excludingAnItemKeepsTheBasketCount() {
        // without eggs: 3 items, 3 pairs, 1 triple; supports stay fractions of 5 baskets
        BasketAnalysis analysis = mine(MiningParameters.of(0.4, 0).withItems(java.util.Set.of(), java.util.Set.of("eggs")));

        assertThat(analysis.baskets()).isEqualTo(5);
        assertThat(analysis.itemsets()).hasSize(7).noneMatch(itemset -> itemset.contains("eggs"));
    }

    @Test
    void boughtTogetherRanksCompanionsByLift() {
        // with milk: eggs lift (2/4) / (2/5) = 1.25, bread (3/4) / (4/5) = 0.9375, butter (2/4) / (3/5) = 0.833
        List<BasketAnalysis.Companion> companions = mine(MiningParameters.of(0.4, 0)).boughtTogether("milk");

        assertThat(companions).extracting(BasketAnalysis.Companion::item).containsExactly("eggs", "bread", "butter");
        assertThat(companions.get(0).confidence()).isCloseTo(0.5, within(1e-12));
        assertThat(companions.get(0).lift()).isCloseTo(1.25, within(1e-12));
    }

    @Test
    void filtersBySideAndMetricAndSortsByAnyMetric() {
        BasketAnalysis analysis = mine(MiningParameters.of(0.4, 0).withLengths(2, 0));

        List<AssociationRule> milkOnTheRight = analysis.rules(RuleFilter.withItem("milk", RuleFilter.Side.CONSEQUENT)
                .and(RuleMetric.CONFIDENCE, 0.7, 1), RuleMetric.SUPPORT.highestFirst());

        // bread=>milk (support 0.6, confidence 0.75) and eggs=>milk (0.4, 1); butter=>milk has 2/3
        assertThat(milkOnTheRight).extracting(AssociationRule::label)
                .containsExactly("{bread} => {milk}", "{eggs} => {milk}");
    }
}

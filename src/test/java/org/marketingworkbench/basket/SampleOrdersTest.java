package org.marketingworkbench.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.LoadOptions;

/**
 * The committed sample shop: its generator planted product associations and wrote each rule's
 * basket counts, support, confidence and lift, counted from orders.csv on its own, into
 * planted-truth.json. Mining the order lines must find every one with the same figures.
 */
class SampleOrdersTest {

    @Test
    void everyPlantedRuleIsFoundWithTheFiguresTheGeneratorCounted() throws IOException {
        var lines = DataLoader.load(Path.of("sample-data/orders.csv"), LoadOptions.detect(), Progress.none()).table();
        // the truth's basket is the order's items as listed, returns included (its "basket" definition)
        Transactions orders = OrderLines.read(lines, OrderColumns.of("order_id", "product_id")
                .withCustomer("customer_id"), Progress.none());
        JsonNode truth = new ObjectMapper().readTree(Path.of("sample-data/planted-truth.json").toFile()).get("associations");

        BasketAnalysis analysis = BasketMiner.mine(orders, MiningParameters.of(0.004, 0.3).withMultiConsequent(true),
                Progress.none());

        assertThat(orders.basketCount()).isEqualTo(truth.get("baskets").asInt());
        for (JsonNode planted : truth.get("rules")) {
            Set<String> antecedent = items(planted.get("antecedent"));
            Set<String> consequent = items(planted.get("consequent"));
            AssociationRule rule = analysis.rules().stream()
                    .filter(r -> Set.copyOf(r.antecedent()).equals(antecedent) && Set.copyOf(r.consequent()).equals(consequent))
                    .findFirst().orElseThrow(() -> new AssertionError("planted rule not found: " + planted));
            assertThat(rule.count()).as(rule.label()).isEqualTo(planted.get("baskets_with_all").asInt());
            assertThat(rule.support()).as(rule.label()).isCloseTo(planted.get("support").asDouble(), within(5e-7));
            assertThat(rule.confidence()).as(rule.label()).isCloseTo(planted.get("confidence").asDouble(), within(5e-7));
            assertThat(rule.lift()).as(rule.label()).isCloseTo(planted.get("lift").asDouble(), within(5e-6))
                    .isGreaterThan(truth.get("expected_lift_min").asDouble());
        }
        AssociationRule first = analysis.rules().stream().filter(r -> r.antecedent().equals(java.util.List.of(
                truth.get("rules").get(0).get("antecedent").get(0).asText()))).findFirst().orElseThrow();
        assertThat(CrossSell.targets(orders, first)).isNotEmpty();
    }

    private static Set<String> items(JsonNode array) {
        Set<String> items = new HashSet<>();
        array.forEach(item -> items.add(item.asText()));
        return items;
    }
}

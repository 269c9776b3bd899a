package org.marketingworkbench.basket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.LoadOptions;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The committed sample shop: its generator planted five product-type pairs (planted-truth.json "associations"). */
class SampleOrdersTest {

    private static Table load(String name) {
        return DataLoader.load(Path.of("sample-data", name), LoadOptions.detect(), Progress.none()).table();
    }

    /** Product name to type: the names are a 2-character brand followed by the type (华辰智能手机). */
    private static Table productTypes() {
        StringColumn names = load("products.csv").stringColumn("name");
        StringColumn types = StringColumn.create("type");
        names.forEach(name -> types.append(name.substring(2)));
        return Table.create("types", names.copy(), types);
    }

    @Test
    void thePlantedProductPairsComeOutAsHighLiftRules() throws IOException {
        Transactions orders = OrderLines.read(load("orders.csv"), OrderColumns.of("order_id", "product_name")
                .withCustomer("customer_id").withQuantity("quantity"), Progress.none());
        Transactions types = orders.mapped(ItemMapping.of(productTypes(), "name", "type"));

        BasketAnalysis analysis = BasketMiner.mine(types, MiningParameters.of(0.002, 0.3).withLengths(2, 2),
                Progress.none());

        JsonNode truth = new ObjectMapper().readTree(Path.of("sample-data/planted-truth.json").toFile());
        List<String> planted = new ArrayList<>();
        for (JsonNode pair : truth.get("associations")) {
            String rule = "{" + pair.get("antecedent_type").asText() + "} => {" + pair.get("consequent_type").asText() + "}";
            planted.add(rule);
            AssociationRule found = analysis.rules().stream().filter(r -> r.label().equals(rule)).findFirst()
                    .orElseThrow(() -> new AssertionError("planted rule not found: " + rule));
            // planted with probability 0.6 on top of random baskets: far above independence
            assertThat(found.lift()).as(rule).isGreaterThan(3);
            assertThat(found.confidence()).as(rule).isGreaterThan(0.5);
        }
        // and they lead: the first five distinct pairs by lift are the planted ones
        java.util.Set<java.util.Set<String>> plantedPairs = new java.util.HashSet<>();
        truth.get("associations").forEach(pair -> plantedPairs.add(java.util.Set.of(
                pair.get("antecedent_type").asText(), pair.get("consequent_type").asText())));
        java.util.Set<java.util.Set<String>> leading = new java.util.LinkedHashSet<>();
        for (AssociationRule rule : analysis.rules()) {
            if (leading.size() < plantedPairs.size()) {
                leading.add(java.util.Set.of(rule.antecedent().get(0), rule.consequent().get(0)));
            }
        }
        assertThat(leading).isEqualTo(plantedPairs);
        assertThat(CrossSell.targets(types, analysis.rules().stream()
                .filter(r -> r.label().equals(planted.get(0))).findFirst().orElseThrow())).isNotEmpty();
    }
}

package org.marketingworkbench.ui.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.basket.AssociationRule;
import org.marketingworkbench.basket.BasketAnalysis;
import org.marketingworkbench.basket.BasketInput;
import org.marketingworkbench.basket.RuleFilter;
import org.marketingworkbench.basket.RuleMetric;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;
import tech.tablesaw.api.Table;

/** The Baskets page on the sample shop, whose generator wrote its planted rules into planted-truth.json. */
class BasketViewModelTest {
    static final Path ORDERS = Path.of("sample-data/orders.csv");
    static final Path GROCERIES = Path.of("src/test/resources/datasets/groceries/groceries.csv");

    private WorkspaceViewModel workspace;
    private BasketViewModel model;
    private JsonNode truth;

    @BeforeEach
    void setUp() throws IOException {
        Locale.setDefault(Locale.ENGLISH);
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        FakeDialogService dialogs = new FakeDialogService();
        workspace = new WorkspaceViewModel(executor, dialogs);
        model = new BasketViewModel(workspace, executor, dialogs);
        truth = new ObjectMapper().readTree(Path.of("sample-data/planted-truth.json").toFile()).get("associations");
    }

    /** The support and confidence at which SampleOrdersTest finds every planted rule. */
    private BasketAnalysis mineOrders(boolean several) {
        workspace.load(List.of(ORDERS));
        model.minSupportProperty().set(0.004);
        model.minConfidenceProperty().set(0.3);
        model.multiConsequentProperty().set(several);
        model.mine();
        return model.results().analysisProperty().get();
    }

    @Test
    void withoutBasketsThePageSaysWhatToOpen() {
        assertThat(model.results().analysisProperty().get()).isNull();
        assertThat(model.problemProperty().get()).contains("order lines");
    }

    @Test
    void orderLinesAreRecognisedByTheirColumns() {
        workspace.load(List.of(ORDERS));

        assertThat(model.mapping().kindProperty().get()).isEqualTo(BasketInput.Kind.ORDER_LINES);
        assertThat(model.mapping().basketProperty().get()).isEqualTo("order_id");
        assertThat(model.mapping().itemProperty().get()).isEqualTo("product_id");
        assertThat(model.mapping().customerProperty().get()).isEqualTo("customer_id");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.results().analysisProperty().get().baskets()).isEqualTo(truth.get("baskets").asInt());
    }

    @Test
    void everyPlantedRuleIsListedWithTheGeneratorsFigures() {
        mineOrders(true);

        for (JsonNode planted : truth.get("rules")) {
            AssociationRule rule = find(planted);
            assertThat(rule.count()).as(rule.label()).isEqualTo(planted.get("baskets_with_all").asInt());
            assertThat(rule.support()).as(rule.label()).isCloseTo(planted.get("support").asDouble(), within(5e-7));
            assertThat(rule.confidence()).as(rule.label()).isCloseTo(planted.get("confidence").asDouble(), within(5e-7));
            assertThat(rule.lift()).as(rule.label()).isCloseTo(planted.get("lift").asDouble(), within(5e-6));
        }
        assertThat(model.summaryProperty().get()).contains("several items on the right");
    }

    @Test
    void byDefaultRulesHaveOneItemOnTheRight() {
        mineOrders(false);

        assertThat(model.results().rules()).isNotEmpty().allMatch(rule -> rule.consequent().size() == 1);
        assertThat(model.summaryProperty().get()).contains("one item on the right");
        // the planted rule with two items on the right is not offered; its other splits are
        JsonNode twoOnTheRight = plantedWithConsequentSize(2);
        assertThat(model.results().rules()).noneMatch(rule -> matches(rule, twoOnTheRight));
    }

    @Test
    void rulesAreFilteredByAnItemOnOneSideAndByMetricRanges() {
        mineOrders(true);
        JsonNode first = truth.get("rules").get(0);
        String consequent = first.get("consequent").get(0).asText();

        model.results().filterItemProperty().set(consequent);
        model.results().filterSideProperty().set(RuleFilter.Side.CONSEQUENT);
        model.results().minimum(RuleMetric.LIFT).set(truth.get("expected_lift_min").asDouble());

        assertThat(model.results().rules()).isNotEmpty().allMatch(rule -> rule.consequent().contains(consequent)
                && rule.lift() >= truth.get("expected_lift_min").asDouble());
        assertThat(model.results().rules()).anyMatch(rule -> matches(rule, first));
        model.results().maximum(RuleMetric.SUPPORT).set(first.get("support").asDouble() / 2);
        assertThat(model.results().rules()).noneMatch(rule -> matches(rule, first));
    }

    @Test
    void theChosenRulesCrossSellListHoldsWhoBoughtTheLeftButNeverTheRight() throws IOException {
        mineOrders(false);
        JsonNode planted = truth.get("rules").get(0);
        AssociationRule rule = find(planted);

        model.results().selectedProperty().set(rule);

        Set<String> expected = customersWithoutConsequent(planted.get("antecedent").get(0).asText(),
                planted.get("consequent").get(0).asText());
        assertThat(model.results().targets()).extracting(target -> target.customer())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(model.results().targetNoteProperty().get()).startsWith(expected.size() + " customers");
    }

    @Test
    void boughtTogetherGivesTheCompanionsOfAnItem() {
        mineOrders(false);
        JsonNode planted = truth.get("rules").get(0);
        String antecedent = planted.get("antecedent").get(0).asText();

        model.results().companionOfProperty().set(antecedent);

        var companion = model.results().companions().stream()
                .filter(c -> c.item().equals(planted.get("consequent").get(0).asText())).findFirst().orElseThrow();
        assertThat(companion.count()).isEqualTo(planted.get("baskets_with_all").asInt());
        assertThat(companion.confidence()).isCloseTo(planted.get("confidence").asDouble(), within(5e-7));
    }

    @Test
    void aRaggedBasketFileGivesTheArulesRuleCount() {
        workspace.load(List.of(GROCERIES));
        assertThat(model.mapping().kindProperty().get()).isEqualTo(BasketInput.Kind.BASKET_ROWS);

        model.minSupportProperty().set(0.001);
        model.minConfidenceProperty().set(0.8);
        model.minLiftProperty().set(0);
        model.mine();

        // arules apriori(Groceries, support = 0.001, confidence = 0.8): 410 rules (datasets README)
        BasketAnalysis analysis = model.results().analysisProperty().get();
        assertThat(analysis.baskets()).isEqualTo(9835);
        assertThat(model.results().rules()).hasSize(410);
    }

    @Test
    void aLimitOutOfRangeIsShownAsAProblem() {
        workspace.load(List.of(ORDERS));

        model.minSupportProperty().set(1.5);
        model.mine();

        assertThat(model.problemProperty().get()).contains("0.01");
        assertThat(model.results().analysisProperty().get()).isNull();
    }

    private AssociationRule find(JsonNode planted) {
        return model.results().analysisProperty().get().rules().stream().filter(rule -> matches(rule, planted))
                .findFirst().orElseThrow(() -> new AssertionError("planted rule not found: " + planted));
    }

    private JsonNode plantedWithConsequentSize(int size) {
        for (JsonNode planted : truth.get("rules")) {
            if (planted.get("consequent").size() == size) {
                return planted;
            }
        }
        throw new AssertionError("no planted rule with " + size + " items on the right");
    }

    static boolean matches(AssociationRule rule, JsonNode planted) {
        return Set.copyOf(rule.antecedent()).equals(items(planted.get("antecedent")))
                && Set.copyOf(rule.consequent()).equals(items(planted.get("consequent")));
    }

    static Set<String> items(JsonNode array) {
        Set<String> items = new HashSet<>();
        array.forEach(item -> items.add(item.asText()));
        return items;
    }

    /** Counted straight from the order lines: customers with a line of {@code left} and none of {@code right}. */
    private static Set<String> customersWithoutConsequent(String left, String right) throws IOException {
        Table lines = Table.read().csv(ORDERS.toFile());
        Map<String, Set<String>> bought = new HashMap<>();
        for (int row = 0; row < lines.rowCount(); row++) {
            bought.computeIfAbsent(lines.getString(row, "customer_id"), key -> new HashSet<>())
                    .add(lines.getString(row, "product_id"));
        }
        Set<String> expected = new HashSet<>();
        bought.forEach((customer, items) -> {
            if (items.contains(left) && !items.contains(right)) {
                expected.add(customer);
            }
        });
        return expected;
    }
}

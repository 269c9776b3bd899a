package org.marketingworkbench.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.LoadOptions;
import tech.tablesaw.api.Table;

/**
 * The bundled sample data (sample-data/, written by the seeded generator in the sample package):
 * orders.csv holds order lines of 3,400 customers over 300 products with planted product
 * associations (planted-truth.json, "associations": pairs bought together with lift 20 to 150).
 * Each customer's latest order line is held out (seed 42); implicit data, cosine, 50 neighbours.
 * Behaviour-based recommendations must find the planted pairs that popularity cannot.
 */
class SampleDataRecommendTest {
    private static Interactions orders;
    private static Table products;
    private static ItemNeighbours neighbours;

    @BeforeAll
    static void read() {
        Table table = DataLoader.load(Path.of("sample-data/orders.csv"), LoadOptions.detect(), Progress.none())
                .table();
        orders = InteractionReader.read(table, InteractionColumns.of("customer_id", "product_id")
                .withDate("order_date"), Progress.none());
        products = DataLoader.load(Path.of("sample-data/products.csv"), LoadOptions.detect(), Progress.none())
                .table();
        neighbours = ItemBasedModel.fit(orders, RecommendParameters.defaults(), Progress.none()).neighbours();
    }

    @Test
    void behaviourBeatsPopularityOnPrecisionAndRecallAtTen() {
        EvaluationResult result = Evaluator.evaluate(orders, RecommendParameters.defaults(), Holdout.last(42),
                Progress.none());

        assertThat(result.testedUsers()).isGreaterThan(1_000);
        assertThat(result.model().precisionAtN()).isGreaterThan(result.popularity().precisionAtN());
        assertThat(result.model().recallAtN()).isGreaterThan(result.popularity().recallAtN());
        assertThat(result.popularity().recallAtN()).isGreaterThan(result.random().recallAtN());
    }

    /** The planted rules of sample-data/README.md ("Product associations"), antecedent -> consequent. */
    @ParameterizedTest
    @CsvSource({"P0014, P0020", "P0014, P0012", "P0002, P0004", "P0201, P0205", "P0192, P0187", "P0252, P0254",
        "P0071, P0091"})
    void eachPlantedPartnerIsAmongTheTwoNearestNeighbours(String antecedent, String consequent) {
        int item = orders.items().indexOf(antecedent);
        List<String> nearest = List.of(orders.items().name(neighbours.neighbour(neighbours.start(item))),
                orders.items().name(neighbours.neighbour(neighbours.start(item) + 1)));
        assertThat(nearest).contains(consequent);
    }

    @Test
    void contentAndHybridScoresFromProductAttributesAlsoBeatPopularity() {
        ContentModel content = ContentModel.build(products, ItemAttributeColumns.of("product_id")
                .withCategories("category", "sub_category", "brand").withNumbers("price").withTags("tags", "|"),
                orders.items());
        RecommendParameters parameters = RecommendParameters.defaults();

        EvaluationResult contentOnly = Evaluator.evaluate(orders, HybridRecommender.factory(parameters, content, 0),
                10, true, Holdout.last(42), Progress.none());
        EvaluationResult hybrid = Evaluator.evaluate(orders, HybridRecommender.factory(parameters, content, 0.5),
                10, true, Holdout.last(42), Progress.none());

        assertThat(content.describedItems()).isEqualTo(orders.itemCount());
        assertThat(contentOnly.model().recallAtN()).isGreaterThan(contentOnly.popularity().recallAtN());
        assertThat(hybrid.model().recallAtN()).isGreaterThan(hybrid.popularity().recallAtN());
    }
}

package org.marketingworkbench.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.LoadOptions;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Content-based and hybrid scores. The small case: items over features (cat=a, cat=b, price scaled
 * by min 0 and max 10): x = (1, 0, 0), y = (1, 0, 1), z = (0, 1, 0.5), w = (0, 1, 1).
 * Customer U bought x (quantity 1) and z (quantity 3): profile = (1x + 3z) / 4 = (0.25, 0.75, 0.375),
 * |profile| = sqrt(0.765625) = 0.875. cos(profile, y) = 0.625 / (0.875 sqrt 2) = 0.505076;
 * cos(profile, w) = 1.125 / (0.875 sqrt 2) = 0.909137.
 */
class ContentModelTest {

    private static Interactions data() {
        return Tables.interactions("U x 1", "U z 3", "V x 1", "V y 1", "T z 1", "T w 1");
    }

    private static ContentModel content(Interactions data) {
        Table items = Table.create("items", StringColumn.create("item", "x", "y", "z", "w"),
                StringColumn.create("cat", "a", "a", "b", "b"), DoubleColumn.create("price", 0, 10, 5, 10));
        return ContentModel.build(items, ItemAttributeColumns.of("item").withCategories("cat").withNumbers("price"),
                data.items());
    }

    private static ItemBasedModel behaviour(Interactions data) {
        return ItemBasedModel.fit(data, RecommendParameters.defaults(), Progress.none());
    }

    @Test
    void categoriesAreOneHotAndNumbersScaledByMinimumAndMaximum() {
        Interactions data = data();
        ContentModel model = content(data);
        assertThat(model.featureNames()).containsExactly("cat=a", "cat=b", "price");
        assertThat(model.vector(data.items().indexOf("z"))).containsExactly(0, 1, 0.5);
        assertThat(model.vector(data.items().indexOf("x"))).containsExactly(1, 0, 0);
    }

    @Test
    void contentScoreIsTheCosineWithTheWeightedMeanProfile() {
        Interactions data = data();
        HybridRecommender contentOnly = new HybridRecommender(behaviour(data), content(data), 0);
        double[] scores = contentOnly.scores(data.users().indexOf("U"));
        // Max-normalised: w is the best candidate (1); y = 0.505076 / 0.909137 = 5/9.
        assertThat(scores[data.items().indexOf("w")]).isCloseTo(1, within(1e-9));
        assertThat(scores[data.items().indexOf("y")]).isCloseTo(5.0 / 9, within(1e-6));
        assertThat(scores[data.items().indexOf("x")]).isZero();
    }

    /**
     * Behaviour, item vectors over (U, V, T): x = (1,1,0), y = (0,1,0), z = (3,0,1), w = (0,0,1).
     * cos(x, y) = 1/sqrt 2 = 0.707107; cos(z, w) = 1/sqrt 10 = 0.316228. For U: B(y) = 1 * 0.707107,
     * B(w) = 3 * 0.316228 = 0.948683; max-normalised y = 0.745356, w = 1. Content: y = 5/9, w = 1.
     * a = 0.25: y = 0.25 * 0.745356 + 0.75 * 0.555556 = 0.602956; w = 1.
     */
    @Test
    void hybridBlendsMaxNormalisedBehaviourAndContent() {
        Interactions data = data();
        HybridRecommender hybrid = new HybridRecommender(behaviour(data), content(data), 0.25);
        int user = data.users().indexOf("U");
        double[] scores = hybrid.scores(user);
        assertThat(scores[data.items().indexOf("y")]).isCloseTo(0.25 * (0.707107 / 0.948683) + 0.75 * 5 / 9,
                within(1e-6));
        assertThat(scores[data.items().indexOf("w")]).isCloseTo(1, within(1e-9));

        Recommendations lists = hybrid.recommend(Recommendations.everyone(data), 2, Progress.none());
        assertThat(lists.itemsOf(user)).containsExactly(data.items().indexOf("w"), data.items().indexOf("y"));
    }

    @Test
    void hybridWithFullBehaviourWeightRanksLikeTheItemBasedModel() {
        Interactions data = SimilarityBruteForceTest.randomInteractions(21);
        Table items = Table.create("items", StringColumn.create("item"), StringColumn.create("cat"));
        for (String name : data.items().names()) {
            items.stringColumn("item").append(name);
            items.stringColumn("cat").append(name.endsWith("1") ? "one" : "other");
        }
        ItemBasedModel model = behaviour(data);
        ContentModel content = ContentModel.build(items, ItemAttributeColumns.of("item").withCategories("cat"),
                data.items());
        Recommendations itemBased = model.recommend(Recommendations.everyone(data), 5, Progress.none());
        Recommendations hybrid = new HybridRecommender(model, content, 1).recommend(Recommendations.everyone(data),
                5, Progress.none());
        for (int user = 0; user < data.userCount(); user++) {
            assertThat(hybrid.itemsOf(user)).isEqualTo(itemBased.itemsOf(user));
        }
    }

    @Test
    void tagWeightsEqualScikitLearnsTfIdf() throws Exception {
        Table products = DataLoader.load(resource("/recommend/products-small.csv"), LoadOptions.detect(),
                Progress.none()).table();
        IdDictionary items = IdDictionary.of(List.of("P1", "P2", "P3", "P4", "P5"));
        ContentModel model = ContentModel.build(products,
                ItemAttributeColumns.of("product_id").withCategories("category").withNumbers("price")
                        .withTags("tags", "|"), items);

        List<String> peer = Files.readAllLines(resource("/peers/recommend/tfidf-sklearn.csv"));
        for (String line : peer.subList(1, peer.size())) {
            String[] cells = line.split(",");
            double[] vector = model.vector(items.indexOf(cells[0]));
            int feature = model.featureNames().indexOf("tags:" + cells[1]);
            assertThat(vector[feature]).as(line).isCloseTo(Double.parseDouble(cells[2]), within(1e-6));
        }
        // P4 has no tags; bakery one-hot and price (6 - 2) / (6 - 2) = 1.
        double[] p4 = model.vector(items.indexOf("P4"));
        assertThat(p4[model.featureNames().indexOf("category=bakery")]).isEqualTo(1);
        assertThat(p4[model.featureNames().indexOf("price")]).isEqualTo(1);
        assertThat(model.featureNames().stream().filter(name -> name.startsWith("tags:"))).hasSize(4);
    }

    @Test
    void anItemListedTwiceInTheItemTableIsBadInput() {
        Table items = Table.create("items", StringColumn.create("item", "x", "x"), StringColumn.create("cat", "a", "b"));
        assertThatThrownBy(() -> ContentModel.build(items, ItemAttributeColumns.of("item").withCategories("cat"),
                data().items()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("\"x\"");
    }

    @Test
    void noAttributeColumnIsBadInput() {
        Table items = Table.create("items", StringColumn.create("item", "x"));
        assertThatThrownBy(() -> ContentModel.build(items, ItemAttributeColumns.of("item"), data().items()))
                .isInstanceOf(BadInputException.class);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ContentModelTest.class.getResource(name).toURI());
    }
}

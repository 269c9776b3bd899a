package org.marketingworkbench.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marketingworkbench.common.Progress;

/**
 * The sparse top-k similarities against a dense brute-force computation written straight from
 * the definitions, on a small random case (40 customers x 15 items, about a third filled, values 1..5).
 */
class SimilarityBruteForceTest {
    private static final int USERS = 40;
    private static final int ITEMS = 15;

    @ParameterizedTest
    @EnumSource(Similarity.class)
    void keptSimilaritiesEqualTheDenseComputation(Similarity measure) {
        Interactions data = randomInteractions(11);
        double[][] dense = dense(data, measure);
        ItemNeighbours all = SimilarityBuilder.build(data, measure, ITEMS, Progress.none());

        for (int j = 0; j < ITEMS; j++) {
            for (int i = 0; i < ITEMS; i++) {
                double expected = i == j || dense[j][i] <= 0 ? 0 : dense[j][i];
                assertThat(all.similarity(j, i)).as("%s r(%d, %d)", measure, j, i).isCloseTo(expected, within(1e-6));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Similarity.class)
    void topKKeepsTheMostSimilarItemsInOrder(Similarity measure) {
        Interactions data = randomInteractions(12);
        double[][] dense = dense(data, measure);
        int k = 4;
        ItemNeighbours kept = SimilarityBuilder.build(data, measure, k, Progress.none());

        for (int j = 0; j < ITEMS; j++) {
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                if (i != j && dense[j][i] > 1e-12) {
                    expected.add(i);
                }
            }
            final int row = j;
            expected.sort((a, b) -> dense[row][a] != dense[row][b] ? Double.compare(dense[row][b], dense[row][a])
                    : Integer.compare(a, b));
            List<Integer> actual = new ArrayList<>();
            for (int q = kept.start(j); q < kept.end(j); q++) {
                actual.add(kept.neighbour(q));
            }
            assertThat(actual).as("%s neighbours of %d", measure, j)
                    .isEqualTo(expected.subList(0, Math.min(k, expected.size())));
        }
    }

    @ParameterizedTest
    @EnumSource(Similarity.class)
    void scoresEqualTheDenseFormula(Similarity measure) {
        Interactions data = randomInteractions(13);
        ItemBasedModel model = ItemBasedModel.fit(data,
                RecommendParameters.defaults().withSimilarity(measure).withNeighbours(5).withTop(ITEMS),
                Progress.none());
        ItemNeighbours kept = model.neighbours();
        Recommendations lists = model.recommendAll(Progress.none());
        for (int u = 0; u < USERS; u++) {
            for (int rank = 0; rank < lists.count(u); rank++) {
                int i = lists.item(u, rank);
                double expected = 0;
                for (int p = data.start(u); p < data.end(u); p++) {
                    expected += data.value(p) * kept.similarity(data.item(p), i);
                }
                assertThat((double) lists.score(u, rank)).isCloseTo(expected, within(1e-5));
                assertThat(data.contains(u, i)).isFalse();
            }
        }
    }

    static Interactions randomInteractions(long seed) {
        Random random = new Random(seed);
        List<String> rows = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            for (int i = 0; i < ITEMS; i++) {
                if (random.nextDouble() < 0.35) {
                    rows.add("u" + u + " i" + i + " " + (1 + random.nextInt(5)));
                }
            }
        }
        return Tables.interactions(rows.toArray(String[]::new));
    }

    /** Dense users x items values, then each measure by its textbook definition. */
    private static double[][] dense(Interactions data, Similarity measure) {
        double[][] matrix = new double[data.userCount()][data.itemCount()];
        boolean[][] has = new boolean[data.userCount()][data.itemCount()];
        for (int u = 0; u < data.userCount(); u++) {
            double sum = 0;
            for (int p = data.start(u); p < data.end(u); p++) {
                matrix[u][data.item(p)] = data.value(p);
                has[u][data.item(p)] = true;
                sum += data.value(p);
            }
            double mean = sum / data.count(u);
            for (int i = 0; i < data.itemCount(); i++) {
                if (measure == Similarity.ADJUSTED_COSINE && has[u][i]) {
                    matrix[u][i] -= mean;
                }
                if (measure == Similarity.JACCARD) {
                    matrix[u][i] = has[u][i] ? 1 : 0;
                }
            }
        }
        double[][] similarity = new double[data.itemCount()][data.itemCount()];
        for (int a = 0; a < data.itemCount(); a++) {
            for (int b = 0; b < data.itemCount(); b++) {
                double dot = 0;
                double normA = 0;
                double normB = 0;
                for (double[] row : matrix) {
                    dot += row[a] * row[b];
                    normA += row[a] * row[a];
                    normB += row[b] * row[b];
                }
                similarity[a][b] = measure == Similarity.JACCARD ? dot / (normA + normB - dot)
                        : dot / Math.sqrt(normA * normB);
            }
        }
        return similarity;
    }
}

package org.marketingworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What scikit-learn 1.2.1 found in the sample data (peers/sample/sample_peer.py, its output saved
 * beside it): the groups at k = 5 and the planted drivers at the top of a decision tree.
 */
class ScikitLearnPeerTest {

    private static JsonNode peer;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = ScikitLearnPeerTest.class.getResourceAsStream("/peers/sample/sample_peer.json")) {
            peer = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void peerFiguresWereComputedOnTheCommittedFiles() throws IOException, NoSuchAlgorithmException {
        var inputs = peer.path("inputs_sha256").fields();
        int checked = 0;
        while (inputs.hasNext()) {
            var input = inputs.next();
            byte[] bytes = Files.readAllBytes(SampleFiles.FOLDER.resolve(input.getKey()));
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(sha256).as(input.getKey() + " changed: re-run sample_peer.py (see its first lines)")
                    .isEqualTo(input.getValue().asText());
            checked++;
        }
        assertThat(checked).isEqualTo(4);
    }

    @Test
    void fiveClustersHaveTheBestSilhouetteAndDaviesBouldinAndMatchThePlantedGroups() {
        JsonNode bestSilhouette = null;
        JsonNode bestDaviesBouldin = null;
        for (JsonNode step : peer.path("kmeans_sweep")) {
            if (bestSilhouette == null || step.path("silhouette").asDouble() > bestSilhouette.path("silhouette")
                    .asDouble()) {
                bestSilhouette = step;
            }
            if (bestDaviesBouldin == null || step.path("davies_bouldin").asDouble() < bestDaviesBouldin
                    .path("davies_bouldin").asDouble()) {
                bestDaviesBouldin = step;
            }
        }

        assertThat(bestSilhouette.path("k").asInt()).isEqualTo(5);
        assertThat(bestDaviesBouldin.path("k").asInt()).isEqualTo(5);
        assertThat(bestSilhouette.path("adjusted_rand_vs_planted").asDouble()).isGreaterThan(0.95);
    }

    @Test
    void plantedDriversAreTheTreesThreeMostImportantFeatures() {
        List<String> ranked = new ArrayList<>();
        peer.path("tree_depth4_importance").forEach(entry -> ranked.add(entry.path("feature").asText()));

        assertThat(ranked.subList(0, 3)).containsExactlyInAnyOrder("engagement", "recency_days", "age");
    }
}

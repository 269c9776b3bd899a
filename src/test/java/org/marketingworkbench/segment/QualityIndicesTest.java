package org.marketingworkbench.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;

/**
 * Reference values: scikit-learn 1.2.1 on src/test/resources/peers/segment/quality_data.csv,
 * made by quality_sklearn.py beside it (output in quality_sklearn.json).
 */
class QualityIndicesTest {

    @Test
    void calinskiHarabaszEqualsScikitLearn() throws IOException {
        QualityIndices indices = QualityIndices.of(LloydKMeansTest.referencePoints(), LloydKMeansTest.referenceLabels(), 3);
        assertThat(indices.calinskiHarabasz()).isCloseTo(32.357127668611994, within(1e-9));
    }

    @Test
    void daviesBouldinEqualsScikitLearn() throws IOException {
        QualityIndices indices = QualityIndices.of(LloydKMeansTest.referencePoints(), LloydKMeansTest.referenceLabels(), 3);
        assertThat(indices.daviesBouldin()).isCloseTo(1.34950755602798, within(1e-9));
    }

    @Test
    void silhouetteEqualsScikitLearn() throws IOException {
        try (ParallelChunks parallel = new ParallelChunks(2)) {
            Silhouette.Value value = Silhouette.of(LloydKMeansTest.referencePoints(), LloydKMeansTest.referenceLabels(),
                    3, Silhouette.EXACT_LIMIT, 1, parallel, Progress.none());
            assertThat(value.value()).isCloseTo(0.2029848025977844, within(1e-9));
            assertThat(value.exact()).isTrue();
        }
    }

    @Test
    void calinskiHarabaszIsHigherForBetterSeparatedBlobs() {
        PlantedBlobs near = PlantedBlobs.of(new double[][] {{0, 0}, {2, 0}}, 200, 1, 1);
        PlantedBlobs far = PlantedBlobs.of(new double[][] {{0, 0}, {8, 0}}, 200, 1, 1);
        assertThat(QualityIndices.of(far.points(), far.planted(), 2).calinskiHarabasz())
                .isGreaterThan(QualityIndices.of(near.points(), near.planted(), 2).calinskiHarabasz());
    }
}

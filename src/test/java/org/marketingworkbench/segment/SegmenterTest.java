package org.marketingworkbench.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SegmenterTest {

    /**
     * Five customers, two obvious groups: rows 0-2 (income 10, 12, 14; age 20, 22, 24) and rows
     * 3-4 (income 100, 104; age 60, 62). By hand:
     * - centroids in original units: (income 12, age 22) and (income 102, age 61);
     * - base income mean 240 / 5 = 48, population sd sqrt(9736 / 5) = 44.1271; segment 2: (102 - 48) / 44.1271 = 1.2237;
     * - base age mean 188 / 5 = 37.6, population sd sqrt(1835.2 / 5) = 19.1583; segment 2: (61 - 37.6) / 19.1583 = 1.2214;
     * - spend 1, 1, 1, 10, 7: revenue shares 3 / 20 = 0.15 and 17 / 20 = 0.85.
     */
    private static Table tiny() {
        return Table.create("customers", DoubleColumn.create("income", 10, 12, 14, 100, 104),
                DoubleColumn.create("age", 20, 22, 24, 60, 62), DoubleColumn.create("spend", 1, 1, 1, 10, 7));
    }

    private static SegmentationResult segmentTiny() {
        SegmentationParameters parameters = SegmentationParameters
                .of(FeatureSelection.numeric(List.of("income", "age")), 2, 1).withMoneyColumn("spend");
        return Segmenter.segment(tiny(), parameters, Progress.none());
    }

    @Test
    void reportsCentroidsInOriginalUnits() {
        SegmentationResult result = segmentTiny();
        assertThat(result.centroidsOriginal()[0]).containsExactly(new double[] {12, 22}, within(1e-9));
        assertThat(result.centroidsOriginal()[1]).containsExactly(new double[] {102, 61}, within(1e-9));
        assertThat(result.centroid(1)).containsEntry("income", 102.0).containsKeys("income", "age");
    }

    @Test
    void profilesCompareEachSegmentWithTheBaseInStandardDeviations() {
        SegmentationResult result = segmentTiny();
        FeatureProfile income = result.profiles().get(1).features().get(0);
        assertThat(income.segmentValue()).isCloseTo(102, within(1e-9));
        assertThat(income.baseValue()).isCloseTo(48, within(1e-9));
        assertThat(income.differenceInSd()).isCloseTo(1.2237, within(1e-4));
        assertThat(result.profiles().get(1).features().get(1).differenceInSd()).isCloseTo(1.2214, within(1e-4));
        assertThat(result.sizes()).containsExactly(3, 2);
        assertThat(result.shares()).containsExactly(0.6, 0.4);
    }

    @Test
    void splitsRevenueBySegment() {
        SegmentationResult result = segmentTiny();
        assertThat(result.profiles().get(0).revenueShare().getAsDouble()).isCloseTo(0.15, within(1e-12));
        assertThat(result.profiles().get(1).revenueShare().getAsDouble()).isCloseTo(0.85, within(1e-12));
    }

    @Test
    void describesSegmentsByTheirStrongestDifferences() {
        SegmentationResult result = segmentTiny();
        // income differs by 1.2237 sd, age by 1.2214: income first; both are dictionary terms
        assertThat(result.profiles().get(1).description()).isEqualTo("high income, older");
        assertThat(result.profiles().get(0).description()).isEqualTo("low income, younger");
        assertThat(result.profiles().get(1).traits().stream().map(trait -> Messages.get(Locale.SIMPLIFIED_CHINESE,
                trait.key(), trait.arguments().toArray())).collect(Collectors.joining("、"))).isEqualTo("高收入、年龄较大");
    }

    @Test
    void describesOtherColumnsByNameAndCategoriesByShare() {
        Table table = Table.create("t", DoubleColumn.create("balance", 1, 2, 1, 2, 1, 2, 50, 52, 51),
                StringColumn.create("job", "clerk", "clerk", "nurse", "clerk", "nurse", "clerk", "pilot", "pilot",
                        "pilot"));
        SegmentationParameters parameters = SegmentationParameters.of(
                FeatureSelection.numeric(List.of("balance")).withCategories(List.of("job")), 2, 1);
        SegmentationResult result = Segmenter.segment(table, parameters, Progress.none());
        assertThat(result.profiles().get(1).description()).isEqualTo("mostly pilot (job), very high balance");
    }

    @Test
    void namesAreEditableAndDefaultToNumbers() {
        SegmentationResult result = segmentTiny();
        assertThat(result.names()).containsExactly("Segment 1", "Segment 2");
        assertThat(result.withName(1, "Affluent").names()).containsExactly("Segment 1", "Affluent");
        assertThat(result.withNamesFromDescriptions().name(0)).isEqualTo("low income, younger");
    }

    @Test
    void rowsLeftOutForMissingValuesHaveNoSegment() {
        Table table = Table.create("t", DoubleColumn.create("a", 1, 2, Double.NaN, 20, 21, 22));
        SegmentationParameters parameters = SegmentationParameters.of(
                FeatureSelection.numeric(List.of("a")).withMissing(MissingValues.DROP), 2, 1);
        SegmentationResult result = Segmenter.segment(table, parameters, Progress.none());
        assertThat(result.segmentColumn()).containsExactly(1, 1, -1, 0, 0, 0);
    }

    @Test
    void mapProjectsEveryPointOntoTwoAxes() {
        SegmentationResult result = segmentTiny();
        assertThat(result.map().size()).isEqualTo(5);
        assertThat(result.map().sampled()).isFalse();
        // two features, two components: together they hold all the variance
        assertThat(result.map().explainedVariance()[0] + result.map().explainedVariance()[1]).isCloseTo(1, within(1e-9));
    }

    @Test
    void sweepFindsThePlantedNumberOfBlobs() {
        PlantedBlobs blobs = PlantedBlobs.fourSeparated(300, 17);
        SegmentationParameters parameters = SegmentationParameters.of(
                FeatureSelection.numeric(List.of("x1", "x2", "x3", "x4", "x5")), 2, 1);
        KSweepResult sweep = Segmenter.sweep(blobs.table(), parameters, 2, 8, Progress.none());
        assertThat(sweep.points()).extracting(SweepPoint::k).containsExactly(2, 3, 4, 5, 6, 7, 8);
        assertThat(sweep.suggestedK()).isEqualTo(4);
        assertThat(sweep.suggestion().elbow()).hasValue(4);
        assertThat(sweep.suggestion().reason()).startsWith("k = 4: the highest silhouette");
        assertThat(sweep.silhouetteExact()).isTrue();
    }

    @Test
    void sameSeedGivesTheSameSegmentation() {
        PlantedBlobs blobs = PlantedBlobs.of(new double[][] {{0, 0}, {1, 1}, {2, 0}}, 200, 0.8, 6);
        SegmentationParameters parameters = SegmentationParameters.of(FeatureSelection.numeric(List.of("x1", "x2")), 3, 5);
        SegmentationResult first = Segmenter.segment(blobs.table(), parameters, Progress.none());
        SegmentationResult second = Segmenter.segment(blobs.table(), parameters, Progress.none());
        assertThat(second.clustering().labels()).isEqualTo(first.clustering().labels());
        assertThat(second.inertia()).isEqualTo(first.inertia());
        assertThat(second.quality()).isEqualTo(first.quality());
        assertThat(second.map().x()).isEqualTo(first.map().x());
    }

    @Test
    void sweepReportsEachKAndStopsWhenCancelled() {
        PlantedBlobs blobs = PlantedBlobs.fourSeparated(100, 2);
        SegmentationParameters parameters = SegmentationParameters.of(
                FeatureSelection.numeric(List.of("x1", "x2", "x3", "x4", "x5")), 2, 1);
        List<String> messages = new java.util.ArrayList<>();
        Progress cancelAtThirdK = new Progress() {
            @Override
            public void update(double done, double total, String message) {
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return messages.contains("Trying k = 4");
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Segmenter.sweep(blobs.table(), parameters, 2, 8, cancelAtThirdK))
                .isInstanceOf(org.marketingworkbench.common.CancelledException.class);
        assertThat(messages).contains("Trying k = 2", "Trying k = 3", "Trying k = 4").doesNotContain("Trying k = 5");
    }
}

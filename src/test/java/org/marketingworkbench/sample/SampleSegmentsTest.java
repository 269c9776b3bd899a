package org.marketingworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.segment.FeatureSelection;
import org.marketingworkbench.segment.KSweepResult;
import org.marketingworkbench.segment.SegmentationParameters;
import org.marketingworkbench.segment.SegmentationResult;
import org.marketingworkbench.segment.Segmenter;
import smile.validation.metric.AdjustedRandIndex;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** The Segments analysis finds the sample's planted customer groups at the k it suggests. */
class SampleSegmentsTest {

    @Test
    void theSweepSuggestsThePlantedNumberOfGroupsAndItsSegmentsAreThoseGroups() throws IOException {
        JsonNode truth = SampleFiles.truth();
        List<CustomerFeatureTable.Row> rows = CustomerFeatureTable.read();
        Table table = Table.create("customers",
                DoubleColumn.create("recency_days", rows.stream().mapToDouble(CustomerFeatureTable.Row::recencyDays)),
                DoubleColumn.create("frequency", rows.stream().mapToDouble(CustomerFeatureTable.Row::frequency)),
                DoubleColumn.create("monetary", rows.stream().mapToDouble(CustomerFeatureTable.Row::monetary)),
                DoubleColumn.create("engagement", rows.stream().mapToDouble(CustomerFeatureTable.Row::engagement)));
        // the features the truth recommends, z-scored (the page's default scaling)
        SegmentationParameters parameters = SegmentationParameters.of(FeatureSelection.numeric(
                SampleFiles.texts(truth.path("customer_groups").path("recommended_features"))), 2, 1);

        KSweepResult sweep = Segmenter.sweep(table, parameters, 2, 12, Progress.none());
        SegmentationResult result = Segmenter.segment(table,
                parameters.withKMeans(parameters.kmeans().withK(sweep.suggestedK())), Progress.none());

        assertThat(sweep.suggestedK()).isEqualTo(truth.path("customer_groups").path("count").asInt());
        Map<String, Integer> groupNumber = new HashMap<>();
        int[] planted = rows.stream().mapToInt(row -> groupNumber.computeIfAbsent(
                truth.path("customer_groups").path("assignments").path(row.id()).asText(), g -> groupNumber.size()))
                .toArray();
        // the bar for recovered groups; scikit-learn reaches 0.99 here (peers/sample/README.md)
        assertThat(AdjustedRandIndex.of(planted, result.segmentColumn())).isGreaterThan(0.95);
    }
}

package org.marketingworkbench.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.LoadOptions;
import tech.tablesaw.api.Table;

/** On the sample data, the channel planted as best for each customer group is found, whatever the weight a. */
class SampleCampaignsTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 1.0})
    void thePlantedBestChannelOfEachGroupIsFound(double alpha) throws IOException {
        Table table = DataLoader.load(Path.of("sample-data/campaigns.csv"), LoadOptions.detect(), Progress.none()).table();
        List<Campaign> campaigns = CampaignReader.read(table, CampaignColumns.guess(table.columnNames()));
        SegmentChannelMatrix matrix = CampaignAnalysis.of(campaigns, alpha).matrix();

        JsonNode planted = new ObjectMapper().readTree(Path.of("sample-data/planted-truth.json").toFile())
                .get("channels").get("best_by_segment");
        assertThat(matrix.segments()).hasSize(planted.size());
        planted.fields().forEachRemaining(entry ->
                assertThat(matrix.bestChannel(entry.getKey())).as(entry.getKey())
                        .isEqualTo(entry.getValue().get("channel").asText()));
    }
}

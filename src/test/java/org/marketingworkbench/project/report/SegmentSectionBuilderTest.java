package org.marketingworkbench.project.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.project.ProjectSources;
import org.marketingworkbench.project.ProjectStore;
import org.marketingworkbench.project.SegmentParameters;
import org.marketingworkbench.report.html.HtmlReport;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.segment.SegmentationResult;
import org.marketingworkbench.segment.Segmenter;

class SegmentSectionBuilderTest {
    private static final ZonedDateTime MAY_2 = ZonedDateTime.parse("2026-05-02T10:00:00+08:00[Asia/Shanghai]");

    @TempDir
    Path folder;

    private Path customers;

    @BeforeEach
    void setUp() throws IOException {
        Locale.setDefault(Locale.ENGLISH);
        customers = fourGroups();
    }

    /**
     * Four planted groups of 25 customers around (visits, spend) = (2, 50), (2, 500), (12, 50) and
     * (12, 500), spread 0.5 visits and 10 spend: k-means with k = 4 finds exactly these groups.
     */
    private Path fourGroups() throws IOException {
        double[][] centres = {{2, 50}, {2, 500}, {12, 50}, {12, 500}};
        Random random = new Random(3);
        List<String> lines = new ArrayList<>(List.of("customer_id,visits,spend"));
        for (int row = 0; row < 100; row++) {
            double[] centre = centres[row % 4];
            lines.add(String.format(Locale.ROOT, "%d,%.3f,%.2f", 1 + row, centre[0] + 0.5 * random.nextGaussian(),
                    centre[1] + 10 * random.nextGaussian()));
        }
        Path file = folder.resolve("customers.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static SegmentParameters parameters(int k) {
        return new SegmentParameters("customers", List.of("visits", "spend"), List.of(), "zscore", "ask", k, 2, 8, 5L,
                3, "spend");
    }

    private LoadedProject save(SegmentParameters parameters, Map<String, String> names) throws IOException {
        Path file = folder.resolve("p.mwb.json");
        Project project = Project.create("Spring")
                .withSource(ProjectSources.describe("customers", customers, LoadOptions.detect(), file))
                .withPage(Pages.SEGMENT_PARAMETERS, parameters)
                .withSegmentNames(names);
        new ProjectStore().write(project, file);
        return ProjectLoader.load(file, Progress.none());
    }

    @Test
    void theReportSegmentsAgainAsThePageDidAndUsesTheGivenNames() throws IOException {
        LoadedProject loaded = save(parameters(4), Map.of("2", "Big spenders"));

        SegmentationResult recomputed = SegmentSectionBuilder.recompute(loaded, parameters(4), Progress.none());

        SegmentationResult direct = Segmenter.segment(DataLoader.load(customers, LoadOptions.detect(), Progress.none())
                .table(), parameters(4).segmentation(), Progress.none());
        assertThat(recomputed.segmentColumn()).containsExactly(direct.segmentColumn());
        assertThat(recomputed.inertia()).isEqualTo(direct.inertia());
        // the four planted groups of 25
        assertThat(recomputed.sizes()).containsExactly(25, 25, 25, 25);
        assertThat(recomputed.name(1)).isEqualTo("Big spenders");
        assertThat(recomputed.name(0)).isEqualTo("Segment 1");
    }

    @Test
    void theReportHasTheSegmentsSectionAfterTheDataWithItsChartsAndProfiles() throws IOException {
        LoadedProject loaded = save(parameters(4), Map.of("2", "Big spenders"));

        ProjectReport.Result result = ProjectReport.build(loaded, MAY_2, Progress.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.report().sections()).extracting(ReportSection::id).containsExactly("data", "segments");
        var rendered = HtmlReport.render(result.report());
        assertThat(rendered.html()).contains("Customer segments", "Big spenders (25 customers, 25.0%)",
                "Customers from customers.csv.");
        assertThat(rendered.charts()).extracting(chart -> chart.name())
                .containsExactly("segments-sizes", "segments-heat-map", "segments-map", "segments-revenue");
        // 4 segments x 2 features
        assertThat(rendered.tables()).filteredOn(table -> table.name().equals("segments-profiles"))
                .singleElement().satisfies(table -> assertThat(table.table().rowCount()).isEqualTo(8));
    }

    @Test
    void aSegmentationThatCannotBeRepeatedIsLeftOutWithAWarning() throws IOException {
        LoadedProject loaded = save(parameters(500), Map.of());

        ProjectReport.Result result = ProjectReport.build(loaded, MAY_2, Progress.none());

        assertThat(result.report().sections()).extracting(ReportSection::id).containsExactly("data");
        assertThat(result.warnings()).singleElement().asString()
                .startsWith("The Segments section is left out of the report:").contains("500 segments were asked for");
    }
}

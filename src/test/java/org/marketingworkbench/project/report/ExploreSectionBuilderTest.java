package org.marketingworkbench.project.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.explore.Correlations;
import org.marketingworkbench.explore.PivotSpec;
import org.marketingworkbench.project.ExploreParameters;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.project.ProjectSources;
import org.marketingworkbench.project.ProjectStore;
import org.marketingworkbench.report.html.HtmlReport;
import org.marketingworkbench.report.html.sections.ExploreSection;

class ExploreSectionBuilderTest {
    private static final ZonedDateTime MAY_2 = ZonedDateTime.parse("2026-05-02T10:00:00+08:00[Asia/Shanghai]");

    @TempDir
    Path folder;

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    private LoadedProject saved(List<String> correlationColumns) throws IOException {
        Path customers = Files.copy(Path.of("sample-data/customers.csv"), folder.resolve("customers.csv"));
        Path file = folder.resolve("p.mwb.json");
        Project project = Project.create("Spring")
                .withSource(ProjectSources.describe("customers", customers, LoadOptions.detect(), file))
                .withPage(Pages.EXPLORE_PARAMETERS, new ExploreParameters("customers", "income", "gender", 10,
                        PivotSpec.counts("gender", "education"), correlationColumns, Correlations.Method.SPEARMAN));
        new ProjectStore().write(project, file);
        return ProjectLoader.load(file, Progress.none());
    }

    @Test
    void theReportShowsEveryColumnsStatisticsAndTheStoredCorrelations() throws IOException {
        LoadedProject project = saved(List.of("city_tier", "income"));

        String html = HtmlReport.render(ProjectReport.build(project, List.of(new ExploreSectionBuilder()), MAY_2,
                Progress.none()).report()).html();

        assertThat(html).contains("Exploration").contains("explore-statistics").contains("explore-correlations")
                .contains("customers.csv").contains(">income<").contains(">preferred_platform<")
                .contains("Correlations: Spearman (rank)");
    }

    @Test
    void withoutStoredColumnsTheReportCorrelatesTheAnalysableNumberColumns() throws IOException {
        LoadedProject project = saved(List.of());

        ExploreSection section = (ExploreSection) new ExploreSectionBuilder().build(project, Progress.none())
                .orElseThrow();

        assertThat(section.correlations().coefficients().rowLabels()).contains("income", "city_tier")
                .doesNotContain("phone");
    }

    @Test
    void aProjectThatNeverUsedExploreHasNoSection() throws IOException {
        Path file = folder.resolve("empty.mwb.json");
        new ProjectStore().write(Project.create("Empty"), file);

        assertThat(new ExploreSectionBuilder().build(ProjectLoader.load(file, Progress.none()), Progress.none()))
                .isEmpty();
    }
}
